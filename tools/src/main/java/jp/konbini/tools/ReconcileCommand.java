package jp.konbini.tools;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Set;
import jp.konbini.city.data.CityDatabase;
import jp.konbini.city.data.LedgerReport;
import jp.konbini.node.CommandLine;
import jp.konbini.node.UsageException;

/**
 * {@code konbini tools reconcile}: the day's settlement per store operator — counts, copies and fees by
 * certificate type, voided (refunded) requests — and the requests still ISSUED past a timeout, as a
 * table on stdout and, with --csv, as CSV for the operator's and J-LIS's own records.
 */
final class ReconcileCommand implements ToolsMain.Command {
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Override
    public String usage() {
        return """
                usage: konbini tools reconcile --db JDBC-URL [--user U] [--password P] --date YYYY-MM-DD
                                               [--timeout-minutes N] [--csv FILE]

                Prints, for the day (Japan time), per store operator and certificate type: printed requests,
                copies and the fee due; voided (refunded) and still-ISSUED requests; then every request still
                ISSUED longer than --timeout-minutes (default 30), and every request the city voided because no print
                result came in time (a refund is due if the store took a fee). --csv also writes the lines as CSV.""";
    }

    @Override
    public int run(String[] args, PrintStream out) throws Exception {
        CommandLine cl = CommandLine.parse(args, Set.of("db", "user", "password", "date", "timeout-minutes", "csv"),
                Set.of());
        LocalDate day;
        try {
            day = LocalDate.parse(cl.require("date"));
        } catch (DateTimeParseException e) {
            throw new UsageException("--date must be YYYY-MM-DD");
        }
        int timeout = PkiInitCommand.Numbers.parse(cl.get("timeout-minutes"), 30, 1, 7 * 24 * 60, "--timeout-minutes");
        LedgerReport.Reconciliation r;
        try (CityDatabase db = CityDatabase.open(cl.require("db"), cl.get("user").orElse("sa"),
                cl.get("password").orElse(""))) {
            r = new LedgerReport(db).reconcile(day, JAPAN, Duration.ofMinutes(timeout), Instant.now());
        }
        out.print(table(r, timeout));
        if (cl.get("csv").isPresent()) {
            Files.writeString(Path.of(cl.get("csv").get()), csv(r), StandardCharsets.UTF_8);
        }
        return 0;
    }

    static String table(LedgerReport.Reconciliation r, int timeoutMinutes) {
        StringBuilder s = new StringBuilder();
        s.append("照合 ").append(r.day()).append(" (Japan time)\n");
        s.append(String.format("%-16s %-14s %8s %7s %10s %7s %7s%n", "operator", "type", "printed", "copies",
                "fee(yen)", "voided", "issued"));
        for (LedgerReport.Line l : r.lines()) {
            s.append(String.format("%-16s %-14s %8d %7d %10d %7d %7d%n", l.operatorId(), l.certificateType(),
                    l.printed(), l.printedCopies(), l.feeYen(), l.voided(), l.stillIssued()));
        }
        s.append(String.format("%-16s %-14s %8s %7s %10d%n", "total", "", "", "", r.totalFeeYen()));
        s.append("still ISSUED after ").append(timeoutMinutes).append(" minutes: ").append(r.stale().size()).append('\n');
        for (LedgerReport.Stale st : r.stale()) {
            s.append("  ").append(st.certificateSerial()).append(' ').append(st.requestId()).append(' ')
                    .append(st.operatorId()).append(' ').append(st.kioskId()).append(' ')
                    .append(st.certificateType()).append(' ').append(st.issuedAt()).append('\n');
        }
        s.append("voided by the city for want of a print result, refund due: ").append(r.refundDue().size()).append('\n');
        for (LedgerReport.Stale st : r.refundDue()) {
            s.append("  ").append(st.certificateSerial()).append(' ').append(st.requestId()).append(' ')
                    .append(st.operatorId()).append(' ').append(st.kioskId()).append(' ')
                    .append(st.certificateType()).append(' ').append(st.issuedAt()).append('\n');
        }
        return s.toString();
    }

    static String csv(LedgerReport.Reconciliation r) {
        StringBuilder s = new StringBuilder("date,operator,certificate_type,printed,copies,fee_yen,voided,issued\n");
        for (LedgerReport.Line l : r.lines()) {
            s.append(r.day()).append(',').append(l.operatorId()).append(',').append(l.certificateType()).append(',')
                    .append(l.printed()).append(',').append(l.printedCopies()).append(',').append(l.feeYen())
                    .append(',').append(l.voided()).append(',').append(l.stillIssued()).append('\n');
        }
        return s.toString();
    }
}
