package jp.konbini.tools;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import jp.konbini.crypto.pki.PkiInit;
import jp.konbini.crypto.pki.PkiLayout;
import jp.konbini.crypto.pki.PkiSpec;
import jp.konbini.node.CommandLine;
import jp.konbini.node.UsageException;

/** {@code konbini tools pki init}: the three trust domains, every node's key, and test cards. */
final class PkiInitCommand implements ToolsMain.Command {
    @Override
    public String usage() {
        return """
                usage: konbini tools pki init --dir DIR [--cities 052019,052035] [--cards N] [--seed N] [--force]

                Creates, with BouncyCastle:
                  DIR/ca/jlis-network    root CA for city, hub and relay certificates (LGWAN side)
                  DIR/ca/store-operator  root CA for the operator's kiosks
                  DIR/ca/jpki            root CA for residents' user-authentication certificates
                  DIR/nodes/<id>/        node.key.pem (0600) and node.crt.pem for city-<code>, hub-1,
                                         relay-1 and kiosk-0001
                  DIR/cards/             emulated My Number cards (card-0001.card ...), PINs in pins.tsv
                  DIR/test/              an expired card, a card of a foreign CA, a kiosk key of the wrong CA
                Private keys are never world-readable. An existing DIR is refused unless --force.""";
    }

    @Override
    public int run(String[] args, PrintStream out) throws Exception {
        CommandLine cl = CommandLine.parse(args, Set.of("dir", "cities", "cards", "seed"), Set.of("force"));
        Path dir = Path.of(cl.require("dir"));
        PkiSpec demo = PkiSpec.demo();
        List<String> cities = cl.get("cities").map(s -> Arrays.asList(s.split(","))).orElse(demo.cityCodes());
        int cards = Numbers.parse(cl.get("cards"), demo.cards(), 1, 100_000, "--cards");
        long seed = Numbers.parseLong(cl.get("seed"), demo.seed(), "--seed");
        PkiSpec spec = new PkiSpec(cities, demo.hubIds(), demo.relayIds(), demo.kioskIds(), cards, seed);
        PkiLayout layout = PkiInit.init(dir, spec, cl.flag("force"));
        out.println("PKI created in " + layout.root().toAbsolutePath());
        out.println("  nodes: " + String.join(", ", nodeIds(spec)));
        out.println("  cards: " + cards + " (PINs in " + layout.pinsFile() + ")");
        return 0;
    }

    static List<String> nodeIds(PkiSpec spec) {
        var ids = new java.util.ArrayList<String>();
        spec.cityCodes().forEach(c -> ids.add("city-" + c));
        ids.addAll(spec.hubIds());
        ids.addAll(spec.relayIds());
        ids.addAll(spec.kioskIds());
        return ids;
    }

    /** Small parsing helpers for numeric options. */
    static final class Numbers {
        private Numbers() {
        }

        static int parse(java.util.Optional<String> v, int fallback, int min, int max, String name) throws UsageException {
            if (v.isEmpty()) {
                return fallback;
            }
            try {
                int n = Integer.parseInt(v.get());
                if (n < min || n > max) {
                    throw new UsageException(name + " must be " + min + "-" + max);
                }
                return n;
            } catch (NumberFormatException e) {
                throw new UsageException(name + " must be a number");
            }
        }

        static long parseLong(java.util.Optional<String> v, long fallback, String name) throws UsageException {
            try {
                return v.map(Long::parseLong).orElse(fallback);
            } catch (NumberFormatException e) {
                throw new UsageException(name + " must be a number");
            }
        }
    }
}
