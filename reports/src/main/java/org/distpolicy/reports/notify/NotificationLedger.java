package org.distpolicy.reports.notify;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.distpolicy.reports.ParquetTableReader;
import org.distpolicy.reports.ParquetTableWriter;
import org.distpolicy.reports.ReportTables;

/**
 * The append-only ledger under {@code <reports>/notify/ledger/}: every append is a new Parquet
 * part file, written once per accepted mail, so a crash between two mails loses nothing that was
 * delivered and a mail that was not accepted is never recorded.
 */
public final class NotificationLedger {
    private static final DateTimeFormatter PART_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    private final Configuration conf;
    private final Path directory;

    public NotificationLedger(String reportsDir, Configuration conf) {
        this.conf = conf;
        this.directory = new Path(reportsDir, ReportTables.NOTIFY_LEDGER.name());
    }

    public List<LedgerEntry> read() throws IOException {
        if (!directory.getFileSystem(conf).exists(directory)) {
            return List.of();
        }
        return new ParquetTableReader(conf).read(directory.toString()).stream().map(LedgerEntry::fromRow).toList();
    }

    /** Records one mail's entries (all of one {@code sent_at}) as a new part file. */
    public void append(List<LedgerEntry> entries) throws IOException {
        if (entries.isEmpty()) {
            return;
        }
        String name = "part-" + PART_TIME.format(entries.get(0).sentAt()) + "-" + UUID.randomUUID() + ".parquet";
        new ParquetTableWriter(conf).write(ReportTables.NOTIFY_LEDGER, new Path(directory, name).toString(),
                entries.stream().map(LedgerEntry::toRow).toList());
    }
}
