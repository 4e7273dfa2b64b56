package jp.konbini.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import jp.konbini.city.data.CityDatabase;
import jp.konbini.city.data.SeedSummary;
import jp.konbini.city.data.SyntheticCity;
import jp.konbini.city.data.SyntheticMunicipality;
import jp.konbini.crypto.Digests;
import jp.konbini.crypto.card.CardFile;
import jp.konbini.node.CommandLine;
import jp.konbini.node.UsageException;
import jp.konbini.render.JapaneseFont;
import jp.konbini.render.SealImpression;

/** {@code konbini tools seed-data}: a synthetic city (Akita or Yokote), with the demo cards linked to residents. */
final class SeedDataCommand implements ToolsMain.Command {
    @Override
    public String usage() {
        return """
                usage: konbini tools seed-data --db JDBC-URL [--user U] [--password P] [--city CODE] [--residents N]
                                               [--cards DIR] [--cards-elsewhere N] [--seed N]

                Fills a city's database (H2 file or PostgreSQL) with synthetic residents and households of the
                city, with a 個人番号 for each resident and some persons of the city's 戸籍 who live in another
                city, and links each card-*.card in --cards DIR to an adult resident.
                  --db               e.g. jdbc:h2:file:/var/lib/konbini/city or jdbc:postgresql://127.0.0.1/test
                  --city             local government code of the city whose addresses they get: 052019 秋田市
                                     (default) or 052035 横手市
                  --residents        how many residents (default 1000)
                  --cards-elsewhere  link the last N cards instead to persons whose 本籍 is here but who live
                                     elsewhere, with a 本籍地利用登録 in effect (default 0): their 戸籍 is
                                     issued, every other certificate refused""";
    }

    @Override
    public int run(String[] args, PrintStream out) throws Exception {
        CommandLine cl = CommandLine.parse(args, Set.of("db", "user", "password", "city", "residents", "cards",
                "cards-elsewhere", "seed"), Set.of());
        SyntheticMunicipality city;
        try {
            city = SyntheticMunicipality.ofCode(cl.get("city").orElse(SyntheticMunicipality.AKITA.code()));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--city: " + e.getMessage());
        }
        int residents = PkiInitCommand.Numbers.parse(cl.get("residents"), 1000, 1, 10_000_000, "--residents");
        long seed = PkiInitCommand.Numbers.parseLong(cl.get("seed"), 52019L, "--seed");
        List<String> cards = cl.get("cards").isPresent() ? cardDigests(Path.of(cl.get("cards").get())) : List.of();
        int elsewhere = PkiInitCommand.Numbers.parse(cl.get("cards-elsewhere"), 0, 0, cards.size(), "--cards-elsewhere");
        List<String> residentCards = cards.subList(0, cards.size() - elsewhere);
        List<String> elsewhereCards = cards.subList(cards.size() - elsewhere, cards.size());
        long start = System.nanoTime();
        try (CityDatabase db = CityDatabase.open(cl.require("db"), cl.get("user").orElse("sa"),
                cl.get("password").orElse(""))) {
            SealImpression seals = new SealImpression(JapaneseFont.locate(Optional.empty()));
            ProgressBar bar = new ProgressBar(System.err, residents, "residents");
            SeedSummary s = SyntheticCity.seed(db, city, residents, seed, residentCards, elsewhereCards, seals::png,
                    bar::update);
            bar.finish();
            out.printf("seeded %d residents of %s in %d households, %d cards linked (%.1f s)%n", s.residents(),
                    city.cityName(), s.households(), s.cardsLinked(), (System.nanoTime() - start) / 1e9);
            out.printf("  %d foreign residents, %d seal registrations, %d tax assessments, %d family registers%n",
                    s.foreignResidents(), s.sealRegistrations(), s.taxAssessments(), s.familyRegisters());
            out.printf("  %d persons of those registers live elsewhere, %d cards linked to them%n",
                    s.livingElsewhere(), s.cardsElsewhere());
        }
        return 0;
    }

    /** SHA-256 of each card's certificate, in file-name order, as the city links them. */
    static List<String> cardDigests(Path dir) throws IOException {
        List<String> digests = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().matches("card-\\d+\\.card")).sorted().toList()) {
                try {
                    digests.add(Digests.hex(Digests.sha256(CardFile.open(p).certificate().getEncoded())));
                } catch (java.security.cert.CertificateEncodingException e) {
                    throw new IOException("cannot encode the certificate of " + p, e);
                }
            }
        }
        return digests;
    }
}
