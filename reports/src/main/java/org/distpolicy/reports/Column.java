package org.distpolicy.reports;

/** One column of a report table: its name and type are the API and never change once shipped. */
public record Column(String name, ColumnType type, boolean nullable, String description) {
}
