package org.distpolicy.reports;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type.Repetition;
import org.apache.parquet.schema.Types;

/**
 * Writes rows of a {@link TableSpec} as one Parquet part file with parquet-mr alone, in the types
 * the report tables use (so {@link ParquetTableReader}, Spark and DuckDB read it like a run's table).
 */
public final class ParquetTableWriter {
    private final Configuration conf;

    public ParquetTableWriter(Configuration conf) {
        this.conf = conf;
    }

    public ParquetTableWriter() {
        this(new Configuration());
    }

    /** Writes {@code rows} (column name → value) to {@code file}, which must not exist yet. */
    public void write(TableSpec table, String file, List<? extends Map<String, ?>> rows) throws IOException {
        MessageType schema = schema(table);
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(HadoopOutputFile.fromPath(new Path(file), conf))
                .withType(schema).withConf(conf).withWriteMode(ParquetFileWriter.Mode.CREATE).build()) {
            for (Map<String, ?> values : rows) {
                Object[] row = table.row(values);
                Group group = groups.newGroup();
                for (int i = 0; i < row.length; i++) {
                    String name = table.columns().get(i).name();
                    if (row[i] instanceof String s) {
                        group.append(name, s);
                    } else if (row[i] instanceof Long l) {
                        group.append(name, l);
                    } else if (row[i] instanceof Boolean b) {
                        group.append(name, b);
                    } else if (row[i] != null) {
                        throw new IllegalArgumentException(table.name() + "." + name + ": unsupported value " + row[i].getClass());
                    }
                }
                writer.write(group);
            }
        }
    }

    static MessageType schema(TableSpec table) {
        Types.MessageTypeBuilder builder = Types.buildMessage();
        for (Column column : table.columns()) {
            Repetition repetition = column.nullable() ? Repetition.OPTIONAL : Repetition.REQUIRED;
            switch (column.type()) {
                case STRING -> builder.primitive(PrimitiveTypeName.BINARY, repetition)
                        .as(LogicalTypeAnnotation.stringType()).named(column.name());
                case LONG -> builder.primitive(PrimitiveTypeName.INT64, repetition).named(column.name());
                case BOOLEAN -> builder.primitive(PrimitiveTypeName.BOOLEAN, repetition).named(column.name());
            }
        }
        return builder.named("spark_schema");
    }
}
