package jp.konbini.city;

import java.time.Duration;
import jp.konbini.node.ConfigException;
import jp.konbini.node.NodeConfig;

/**
 * How long the city keeps what it issued beyond the ledger row (see V8 and {@code LedgerPurge}).
 *
 * @param documentRetention {@code ledger.document.retention.minutes}: the PDF is kept at most this long (for a
 *                          retried request id); deleted sooner once the entry is PRINTED or VOIDED
 * @param issuedTimeout     {@code ledger.issued.timeout.minutes}: an entry still ISSUED this long after issue (no
 *                          print result came) becomes VOIDED with a refund due
 */
record LedgerRetention(Duration documentRetention, Duration issuedTimeout) {
    static final int DEFAULT_RETENTION_MINUTES = 30;
    static final int DEFAULT_TIMEOUT_MINUTES = 30;

    static LedgerRetention defaults() {
        return new LedgerRetention(Duration.ofMinutes(DEFAULT_RETENTION_MINUTES),
                Duration.ofMinutes(DEFAULT_TIMEOUT_MINUTES));
    }

    static LedgerRetention from(NodeConfig c) throws ConfigException {
        // a day at most: the document is the resident's data, kept only for the retry and print-result window
        return new LedgerRetention(
                Duration.ofMinutes(c.integer("ledger.document.retention.minutes", DEFAULT_RETENTION_MINUTES, 1, 1440)),
                Duration.ofMinutes(c.integer("ledger.issued.timeout.minutes", DEFAULT_TIMEOUT_MINUTES, 1, 1440)));
    }
}
