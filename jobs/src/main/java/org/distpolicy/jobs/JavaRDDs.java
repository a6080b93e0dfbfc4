package org.distpolicy.jobs;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

final class JavaRDDs {
    private JavaRDDs() {
    }

    /** An empty RDD on the same context, to union rounds of a fixpoint into. */
    static <T> JavaRDD<T> empty(JavaRDD<?> sibling) {
        return JavaSparkContext.fromSparkContext(sibling.context()).emptyRDD();
    }
}
