package jp.konbini.city;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import jp.konbini.city.data.CertificateRecords;
import jp.konbini.city.data.CityDatabase;
import jp.konbini.city.data.CityDatabaseException;
import jp.konbini.city.data.IssuanceLedger;
import jp.konbini.city.data.Recipient;
import jp.konbini.city.data.RequestDeadline;
import jp.konbini.city.data.ResidentDirectory;
import jp.konbini.city.data.ResidentRecord;
import jp.konbini.city.data.StandingLookup;
import jp.konbini.city.rules.Eligibility;
import jp.konbini.city.rules.KojinBangoRule;
import jp.konbini.city.rules.Refusal;
import jp.konbini.city.rules.ResidentStanding;
import jp.konbini.city.rules.ServiceHours;
import jp.konbini.protocol.CertificateType;
import jp.konbini.render.CertificateRenderer;
import jp.konbini.render.PrintedCertificate;

/**
 * Times what the city does per certificate — look the resident up, read the facts and apply the rules,
 * read the certificate's records and render it, record it in the ledger — for residents drawn at random,
 * without the network and the card signature (measured separately by the chain). Each certificate is one
 * request as the server runs it: one pooled connection for all its steps, within the request's database time.
 * For the 戸籍 types, a household's 戸籍 drawn at random (its head as the member asking), read, rendered and
 * recorded, without the card's 本籍地利用登録 (a seeded city has few cards). For {@code konbini tools bench-city}.
 */
public final class IssuanceBenchmark {
    /** The city's default {@code db.timeout.seconds}, the time each certificate's request has for the database. */
    public static final Duration SERVER_BUDGET = Duration.ofSeconds(CityConfig.DEFAULT_DB_TIMEOUT_SECONDS);

    /**
     * One issued certificate: its whole time, and the part of it spent drawing the pages; the rest is the
     * database (lookups, the serial, the ledger's transaction) and the rules.
     */
    public record Timing(long totalNanos, long renderNanos) {
        public long databaseAndRulesNanos() {
            return totalNanos - renderNanos;
        }
    }

    /**
     * The outcome: the times of each issued certificate, how many the rules refused, and how many ran out of the
     * request's database time (the server answers those "try later").
     */
    public record Result(List<Timing> issued, int refused, int unavailable) {
    }

    private IssuanceBenchmark() {
    }

    /** {@code requests} certificates of {@code type}, each a request with {@code budget} for its database work. */
    public static Result run(CityDatabase db, Path font, CertificateType type, int requests, long seed,
                             Duration budget) {
        ResidentDirectory directory = new ResidentDirectory(db);
        StandingLookup standings = new StandingLookup(db);
        CertificateRecords records = new CertificateRecords(db);
        IssuanceLedger ledger = new IssuanceLedger(db);
        Eligibility eligibility = Eligibility.withDefaults();
        CertificateRenderer renderer = new CertificateRenderer(font);
        long[] rendering = new long[1];
        CertificatePrinter printer = new CertificatePrinter(new Issuer("秋田市", "052019", "秋田市長　久保田　誠"),
                directory, standings, records, (PrintedCertificate printed) -> {
                    long start = System.nanoTime();
                    CertificateRenderer.Rendered rendered = renderer.render(printed);
                    rendering[0] += System.nanoTime() - start;
                    return rendered;
                }, eligibility, new KojinBangoRule(false));
        long residents = directory.count();
        Random random = new Random(seed);
        LocalDate today = LocalDate.now(ServiceHours.JAPAN);
        List<Timing> times = new ArrayList<>();
        int refused = 0;
        int unavailable = 0;
        for (int i = 0; i < requests; i++) {
            long id = 1 + (long) (random.nextDouble() * residents);
            rendering[0] = 0;
            long start = System.nanoTime();
            try {
                if (RequestDeadline.within(budget,
                        () -> issueOne(type, id, today, directory, standings, eligibility, printer, ledger))) {
                    times.add(new Timing(System.nanoTime() - start, rendering[0]));
                } else {
                    refused++;
                }
            } catch (CityDatabaseException e) {
                unavailable++;
            }
        }
        return new Result(List.copyOf(times), refused, unavailable);
    }

    /** One certificate for resident {@code id} (or their household's 戸籍); false when refused. */
    private static boolean issueOne(CertificateType type, long id, LocalDate today, ResidentDirectory directory,
            StandingLookup standings, Eligibility eligibility, CertificatePrinter printer, IssuanceLedger ledger) {
        String card = "0".repeat(64);
        if (type == CertificateType.KOSEKI_ZENBU || type == CertificateType.KOSEKI_KOJIN) {
            // register ids are household ids; a household without a 戸籍 here counts as refused
            Recipient.RegisterMember place = new Recipient.RegisterMember(
                    directory.findById(id).map(ResidentRecord::householdId).orElse(0L), 1);
            String serial = ledger.nextCertificateSerial("052019", today);
            if (!(printer.koseki(type, place, serial, today)
                    instanceof CertificatePrinter.Printing.Document document)) {
                return false;
            }
            ledger.recordIssued(UUID.randomUUID(), serial, place, type.cliName(), "bench-kiosk", "bench", 1,
                    document.pdf(), document.recordText(), 450);
            return true;
        }
        Optional<ResidentRecord> resident = directory.findById(id);
        ResidentStanding standing = standings.standing(card, resident, today);
        Optional<Refusal> refusal = eligibility.check(type, standing, today);
        if (resident.isEmpty() || refusal.isPresent()) {
            return false;
        }
        String serial = ledger.nextCertificateSerial("052019", today);
        if (!(printer.print(type, resident.get(), card, serial, today)
                instanceof CertificatePrinter.Printing.Document document)) {
            return false;
        }
        ledger.recordIssued(UUID.randomUUID(), serial, id, type.cliName(), "bench-kiosk", "bench", 1,
                document.pdf(), document.recordText(), 200);
        return true;
    }
}
