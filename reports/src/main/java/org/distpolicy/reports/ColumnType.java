package org.distpolicy.reports;

/** Column types of the report tables, as Parquet stores them. */
public enum ColumnType {
    /** UTF-8 string (Parquet BINARY annotated STRING). */
    STRING,
    /** 64-bit signed integer (Parquet INT64). */
    LONG,
    /** Boolean (Parquet BOOLEAN). */
    BOOLEAN
}
