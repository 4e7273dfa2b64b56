package jp.konbini.city;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import jp.konbini.city.data.CertificateRecords;
import jp.konbini.city.data.CityDatabase;
import jp.konbini.city.data.IssuanceLedger;
import jp.konbini.city.data.Recipient;
import jp.konbini.city.data.ResidentDirectory;
import jp.konbini.city.data.ResidentRecord;
import jp.konbini.city.data.StandingLookup;
import jp.konbini.city.rules.Eligibility;
import jp.konbini.city.rules.Refusal;
import jp.konbini.city.rules.ResidentStanding;
import jp.konbini.protocol.CertificateType;
import jp.konbini.render.CertificateRenderer;

/**
 * Times what the city does per certificate — look the resident up, read the facts and apply the rules,
 * read the certificate's records and render it, record it in the ledger — for residents drawn at random,
 * without the network and the card signature (measured separately by the chain). For the 戸籍 types, a
 * household's 戸籍 drawn at random (its head as the member asking), read, rendered and recorded, without the
 * card's 本籍地利用登録 (a seeded city has few cards). For {@code konbini tools bench-city}.
 */
public final class IssuanceBenchmark {
    /** The outcome: the time of each issued certificate in nanoseconds, and how many were refused. */
    public record Result(List<Long> issuedNanos, int refused) {
    }

    private IssuanceBenchmark() {
    }

    public static Result run(CityDatabase db, Path font, CertificateType type, int requests, long seed) {
        ResidentDirectory directory = new ResidentDirectory(db);
        StandingLookup standings = new StandingLookup(db);
        CertificateRecords records = new CertificateRecords(db);
        IssuanceLedger ledger = new IssuanceLedger(db);
        Eligibility eligibility = Eligibility.withDefaults();
        CertificatePrinter printer = new CertificatePrinter(new Issuer("秋田市", "052019", "秋田市長　久保田　誠"),
                directory, standings, records, new CertificateRenderer(font), eligibility);
        long residents = directory.count();
        Random random = new Random(seed);
        LocalDate today = LocalDate.now(jp.konbini.city.rules.ServiceHours.JAPAN);
        String card = "0".repeat(64);
        List<Long> times = new ArrayList<>();
        int refused = 0;
        boolean koseki = type == CertificateType.KOSEKI_ZENBU || type == CertificateType.KOSEKI_KOJIN;
        for (int i = 0; i < requests; i++) {
            long id = 1 + (long) (random.nextDouble() * residents);
            long start = System.nanoTime();
            if (koseki) {
                // register ids are household ids; a household without a 戸籍 here counts as refused
                Recipient.RegisterMember place = new Recipient.RegisterMember(
                        directory.findById(id).map(ResidentRecord::householdId).orElse(0L), 1);
                String serial = ledger.nextCertificateSerial("052019", today);
                if (!(printer.koseki(type, place, serial, today)
                        instanceof CertificatePrinter.Printing.Document document)) {
                    refused++;
                    continue;
                }
                ledger.recordIssued(UUID.randomUUID(), serial, place, type.cliName(), "bench-kiosk", "bench", 1,
                        document.pdf(), document.recordText(), 450);
                times.add(System.nanoTime() - start);
                continue;
            }
            Optional<ResidentRecord> resident = directory.findById(id);
            ResidentStanding standing = standings.standing(card, resident, today);
            Optional<Refusal> refusal = eligibility.check(type, standing, today);
            if (resident.isEmpty() || refusal.isPresent()) {
                refused++;
                continue;
            }
            String serial = ledger.nextCertificateSerial("052019", today);
            if (!(printer.print(type, resident.get(), card, serial, today)
                    instanceof CertificatePrinter.Printing.Document document)) {
                refused++;
                continue;
            }
            ledger.recordIssued(UUID.randomUUID(), serial, id, type.cliName(), "bench-kiosk", "bench", 1,
                    document.pdf(), document.recordText(), 200);
            times.add(System.nanoTime() - start);
        }
        return new Result(List.copyOf(times), refused);
    }
}
