package org.distpolicy.reports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Reads a report table (a directory of Parquet part files, as Spark writes it) with parquet-mr
 * alone, so mailers and gates need no Spark. Rows come back as column name → value
 * (String, Long, Integer, Boolean, Double; null for nulls).
 */
public final class ParquetTableReader {
    private final Configuration conf;

    public ParquetTableReader(Configuration conf) {
        this.conf = conf;
    }

    public ParquetTableReader() {
        this(new Configuration());
    }

    public List<Map<String, Object>> read(String tableDirectory) throws IOException {
        Path dir = new Path(tableDirectory);
        FileSystem fs = dir.getFileSystem(conf);
        FileStatus[] parts = fs.listStatus(dir, p -> p.getName().endsWith(".parquet"));
        Arrays.sort(parts);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FileStatus part : parts) {
            try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(), part.getPath())
                    .withConf(conf).build()) {
                Group group;
                while ((group = reader.read()) != null) {
                    rows.add(toMap(group));
                }
            }
        }
        return rows;
    }

    /** The schema of the table as parquet-mr sees it: column name → Parquet primitive type name. */
    public Map<String, String> schema(String tableDirectory) throws IOException {
        Path dir = new Path(tableDirectory);
        FileSystem fs = dir.getFileSystem(conf);
        FileStatus[] parts = fs.listStatus(dir, p -> p.getName().endsWith(".parquet"));
        if (parts.length == 0) {
            throw new IOException("no Parquet files in " + tableDirectory);
        }
        try (var file = org.apache.parquet.hadoop.ParquetFileReader.open(HadoopInputFile.fromPath(parts[0].getPath(), conf))) {
            Map<String, String> schema = new LinkedHashMap<>();
            for (Type field : file.getFileMetaData().getSchema().getFields()) {
                schema.put(field.getName(), field.isPrimitive() ? field.asPrimitiveType().getPrimitiveTypeName().name() : "GROUP");
            }
            return schema;
        }
    }

    private static Map<String, Object> toMap(Group group) {
        GroupType type = group.getType();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < type.getFieldCount(); i++) {
            Type field = type.getType(i);
            if (group.getFieldRepetitionCount(i) == 0) {
                row.put(field.getName(), null);
            } else if (!field.isPrimitive()) {
                row.put(field.getName(), group.getGroup(i, 0).toString());
            } else {
                row.put(field.getName(), primitive(group, i, field.asPrimitiveType()));
            }
        }
        return row;
    }

    private static Object primitive(Group group, int index, PrimitiveType type) {
        return switch (type.getPrimitiveTypeName()) {
            case INT64 -> group.getLong(index, 0);
            case INT32 -> group.getInteger(index, 0);
            case BOOLEAN -> group.getBoolean(index, 0);
            case DOUBLE -> group.getDouble(index, 0);
            case FLOAT -> (double) group.getFloat(index, 0);
            default -> group.getString(index, 0);
        };
    }
}
