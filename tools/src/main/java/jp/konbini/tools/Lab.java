package jp.konbini.tools;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.konbini.city.data.CityDatabase;
import jp.konbini.city.data.SeedSummary;
import jp.konbini.city.data.SyntheticCity;
import jp.konbini.crypto.pki.PkiInit;
import jp.konbini.crypto.pki.PkiLayout;
import jp.konbini.crypto.pki.PkiSpec;

/**
 * A whole chain's files in one folder, ready to start: the PKI, one config per node on free loopback
 * ports, and a seeded city database. Every card but the last is linked to a resident; the last stays
 * unlinked so that the "unknown card" refusal can be shown.
 */
final class Lab {
    static final String CITY = "052019";

    /** One card and its PIN, as listed in pins.tsv. */
    record CardPin(Path card, String pin) {
    }

    record Layout(Path dir, PkiLayout pki, DemoConfigs.Ports ports, List<CardPin> linkedCards, CardPin unlinkedCard) {
        Path config(String nodeId) {
            return dir.resolve(nodeId + ".conf");
        }
    }

    private Lab() {
    }

    static Layout create(Path dir, int residents, PrintStream out) throws Exception {
        PkiLayout pki = PkiInit.init(dir.resolve("pki"), PkiSpec.demo());
        DemoConfigs.Ports ports = new DemoConfigs.Ports(DemoConfigs.freePort(), DemoConfigs.freePort(),
                DemoConfigs.freePort());
        DemoConfigs.write(dir, CITY, ports);
        List<CardPin> cards = Files.readAllLines(pki.pinsFile(), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("card-")).map(l -> l.split("\t"))
                .map(f -> new CardPin(pki.root().resolve("cards").resolve(f[0]), f[1])).toList();
        List<CardPin> linked = cards.subList(0, cards.size() - 1);
        List<String> digests = SeedDataCommand.cardDigests(pki.root().resolve("cards")).subList(0, linked.size());
        try (CityDatabase db = CityDatabase.open("jdbc:h2:file:" + dir.resolve("city-" + CITY + "/data/city"), "sa", "")) {
            SeedSummary s = SyntheticCity.seed(db, residents, 52019L, digests);
            out.println("synthetic Akita City: " + s.residents() + " residents, " + s.households() + " households, "
                    + s.cardsLinked() + " cards linked");
        }
        return new Layout(dir, pki, ports, linked, cards.get(cards.size() - 1));
    }
}
