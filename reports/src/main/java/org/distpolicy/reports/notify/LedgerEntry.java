package org.distpolicy.reports.notify;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** One row of the notification ledger ({@code ReportTables.NOTIFY_LEDGER}): a finding a mail the server accepted told someone about. */
public record LedgerEntry(
        String runId,
        Instant sentAt,
        String recipient,
        String fingerprint,
        Notice notice,
        String rule,
        String packageName,
        String version,
        String subject,
        String messageId) {

    Map<String, Object> toRow() {
        Map<String, Object> row = new HashMap<>();
        row.put("run_id", runId);
        row.put("sent_at", sentAt.toString());
        row.put("recipient", recipient);
        row.put("fingerprint", fingerprint);
        row.put("notice", notice.label());
        row.put("rule", rule);
        row.put("package", packageName);
        row.put("version", version);
        row.put("subject", subject);
        row.put("message_id", messageId);
        return row;
    }

    static LedgerEntry fromRow(Map<String, Object> row) {
        return new LedgerEntry((String) row.get("run_id"), Instant.parse((String) row.get("sent_at")), (String) row.get("recipient"),
                (String) row.get("fingerprint"), Notice.ofLabel((String) row.get("notice")), (String) row.get("rule"),
                (String) row.get("package"), (String) row.get("version"), (String) row.get("subject"), (String) row.get("message_id"));
    }
}
