package org.distpolicy.jobs;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** The one place a SparkSession is configured. */
final class Sparks {
    private Sparks() {
    }

    /**
     * @param master used only when no master is configured already (spark-submit sets one)
     */
    static SparkSession session(String appName, String master) {
        return SparkSession.builder().config(conf(appName, master)).getOrCreate();
    }

    /** What {@link #session} configures, on top of what spark-submit or system properties set. */
    static SparkConf conf(String appName, String master) {
        SparkConf conf = new SparkConf().setAppName(appName);
        if (!conf.contains("spark.master")) {
            conf.setMaster(master);
        }
        conf.setIfMissing("spark.ui.enabled", "false");
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        conf.setIfMissing("spark.sql.shuffle.partitions", "16");
        conf.setIfMissing("spark.hadoop.fs.file.impl", NioLocalFileSystem.class.getName());
        return conf;
    }
}
