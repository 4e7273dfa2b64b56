package jp.konbini.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.konbini.city.data.LedgerReport;
import org.junit.jupiter.api.Test;

class ReconcileCommandTest {
    private final LedgerReport.Reconciliation r = new LedgerReport.Reconciliation(LocalDate.of(2026, 11, 27),
            List.of(new LedgerReport.Line("lawson", "juminhyo", 1, 3, 600, 0, 0),
                    new LedgerReport.Line("seven", "inkan", 2, 2, 400, 1, 0)),
            List.of(new LedgerReport.Stale(UUID.fromString("6f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9"),
                    "052019-20261127-000005", "lawson", "kiosk-l-1", "koseki-zenbu",
                    Instant.parse("2026-11-27T01:00:00Z"))),
            List.of(new LedgerReport.Stale(UUID.fromString("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9"),
                    "052019-20261127-000003", "seven", "kiosk-s-2", "juminhyo",
                    Instant.parse("2026-11-27T00:10:00Z"))));

    @Test
    void theCsvHasOneLinePerOperatorAndType() {
        assertThat(ReconcileCommand.csv(r).lines()).containsExactly(
                "date,operator,certificate_type,printed,copies,fee_yen,voided,issued",
                "2026-11-27,lawson,juminhyo,1,3,600,0,0",
                "2026-11-27,seven,inkan,2,2,400,1,0");
    }

    @Test
    void theTableShowsTheTotalAndTheStaleRequests() {
        String table = ReconcileCommand.table(r, 30);
        assertThat(table).containsPattern("total\\s+1000");
        assertThat(table).contains("still ISSUED after 30 minutes: 1", "052019-20261127-000005");
        assertThat(table).contains("refund due: 1", "052019-20261127-000003");
    }
}
