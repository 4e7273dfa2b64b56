package jp.konbini.tools;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import jp.konbini.city.data.CityDatabase;
import jp.konbini.city.data.SeedSummary;
import jp.konbini.city.data.SyntheticCity;
import jp.konbini.city.data.SyntheticMunicipality;
import jp.konbini.crypto.pki.PkiInit;
import jp.konbini.crypto.pki.PkiLayout;
import jp.konbini.crypto.pki.PkiSpec;

/**
 * A whole chain's files in one folder, ready to start: the PKI, one config per node on free loopback
 * ports, and a seeded database per city (each city its own residents). The cards are dealt in order:
 * the first {@code cardsPerCity} are linked to residents of the first city, the next as many to the
 * second, and the last card stays unlinked so that the "unknown card" refusal can be shown.
 */
final class Lab {
    static final String CITY = LabCity.ALL.getFirst().code();

    /** One card and its PIN, as listed in pins.tsv. */
    record CardPin(Path card, String pin) {
    }

    /** How big a lab to make; {@code hubs} J-LIS hubs ({@code hub-1} ...), each its own identity and port. */
    record Size(int residents, int kiosks, int cardsPerCity, int hubs) {
        static final Size DEMO = new Size(500, 1, 4, 1);
    }

    /**
     * @param cards the linked cards of each city, by local government code, in the lab's city order
     * @param kioskIds {@code kiosk-0001} ... each with its own certificate and {@code <id>.conf}
     */
    record Layout(Path dir, PkiLayout pki, DemoConfigs.Ports ports, Map<String, List<CardPin>> cards,
                  CardPin unlinkedCard, List<String> kioskIds) {
        Path config(String nodeId) {
            return dir.resolve(nodeId + ".conf");
        }

        /** The first city's linked cards (Akita). */
        List<CardPin> linkedCards() {
            return cards.get(CITY);
        }
    }

    private Lab() {
    }

    static Layout create(Path dir, Size size, PrintStream out) throws Exception {
        List<LabCity> cities = LabCity.ALL;
        List<String> kioskIds = IntStream.rangeClosed(1, size.kiosks()).mapToObj("kiosk-%04d"::formatted).toList();
        PkiSpec demo = PkiSpec.demo();
        List<String> hubIds = IntStream.rangeClosed(1, size.hubs()).mapToObj(DemoConfigs::hubId).toList();
        PkiSpec spec = new PkiSpec(cities.stream().map(LabCity::code).toList(), hubIds, demo.relayIds(),
                kioskIds, cities.size() * size.cardsPerCity() + 1, demo.seed());
        PkiLayout pki = PkiInit.init(dir.resolve("pki"), spec);
        int[] free = FreePorts.distinct(cities.size() + size.hubs() + 1);
        Map<String, Integer> cityPorts = new LinkedHashMap<>();
        for (int i = 0; i < cities.size(); i++) {
            cityPorts.put(cities.get(i).code(), free[i]);
        }
        List<Integer> hubPorts = IntStream.range(cities.size(), cities.size() + size.hubs()).mapToObj(i -> free[i]).toList();
        DemoConfigs.Ports ports = new DemoConfigs.Ports(cityPorts, hubPorts, free[cities.size() + size.hubs()]);
        DemoConfigs.write(dir, cities, kioskIds, ports);
        List<CardPin> all = Files.readAllLines(pki.pinsFile(), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("card-")).map(l -> l.split("\t"))
                .map(f -> new CardPin(pki.root().resolve("cards").resolve(f[0]), f[1])).toList();
        List<String> digests = SeedDataCommand.cardDigests(pki.root().resolve("cards"));
        Map<String, List<CardPin>> cards = new LinkedHashMap<>();
        for (int i = 0; i < cities.size(); i++) {
            LabCity c = cities.get(i);
            int from = i * size.cardsPerCity();
            int to = from + size.cardsPerCity();
            cards.put(c.code(), List.copyOf(all.subList(from, to)));
            String url = "jdbc:h2:file:" + dir.resolve(c.nodeId() + "/data/city");
            try (CityDatabase db = CityDatabase.open(url, "sa", "")) {
                SeedSummary s = SyntheticCity.seed(db, SyntheticMunicipality.ofCode(c.code()), size.residents(), c.seed(),
                        digests.subList(from, to));
                out.println("synthetic " + c.name() + " (" + c.code() + "): " + s.residents() + " residents, "
                        + s.households() + " households, " + s.cardsLinked() + " cards linked");
            }
        }
        LabManifest.write(dir, cards, all.getLast(), kioskIds);
        return new Layout(dir, pki, ports, Collections.unmodifiableMap(cards), all.getLast(), kioskIds);
    }

    /** The cards of every city, each with the city that knows its resident. */
    static List<Map.Entry<String, CardPin>> allLinked(Layout lab) {
        List<Map.Entry<String, CardPin>> all = new ArrayList<>();
        lab.cards().forEach((code, list) -> list.forEach(c -> all.add(Map.entry(code, c))));
        return all;
    }
}
