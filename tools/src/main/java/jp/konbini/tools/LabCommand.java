package jp.konbini.tools;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import jp.konbini.node.CommandLine;
import jp.konbini.node.UsageException;

/** {@code konbini tools lab}: the files of a one-machine chain, for trying nodes by hand and for tests. */
final class LabCommand implements ToolsMain.Command {
    @Override
    public String usage() {
        return """
                usage: konbini tools lab --dir DIR [--residents N] [--kiosks N] [--cards-per-city N] [--hubs N] [--revocation]

                Writes everything a one-machine chain needs into DIR (which must not exist or be empty):
                DIR/pki (as 'pki init'), two cities (秋田市 052019 and 横手市 052035) each with its own
                city-<code>.conf, key and seeded H2 database of N residents (default 500; different people
                in each), DIR/hub-1.conf routing both codes (--hubs, default 1: hub-1.conf, hub-2.conf ...,
                each hub its own certificate and port), DIR/relay-1.conf listing every hub, and
                kiosk-0001.conf ... (--kiosks, default 1, each with its own certificate), all on free
                loopback ports.
                Cards: the first --cards-per-city (default 4) belong to residents of 秋田市, the next as many
                to 横手市, the last card to nobody; DIR/lab.tsv lists which card belongs to which city.
                Then start each node from its own folder, e.g.
                  (mkdir -p DIR/hub-1 && cd DIR/hub-1 && konbini hub --config ../hub-1.conf)
                --revocation also points hub-1 at a JPKI OCSP responder and CRL on a free port (start it
                with 'konbini tools jpki ocsp', as the line printed at the end says).""";
    }

    @Override
    public int run(String[] args, PrintStream out) throws Exception {
        CommandLine cl = CommandLine.parse(args, Set.of("dir", "residents", "kiosks", "cards-per-city", "hubs"), Set.of("revocation"));
        Path dir = Path.of(cl.require("dir")).toAbsolutePath();
        if (Files.isDirectory(dir)) {
            try (var s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    throw new UsageException(dir + " is not empty");
                }
            }
        }
        Files.createDirectories(dir);
        Lab.Size size = new Lab.Size(
                PkiInitCommand.Numbers.parse(cl.get("residents"), Lab.Size.DEMO.residents(), 10, 10_000_000, "--residents"),
                PkiInitCommand.Numbers.parse(cl.get("kiosks"), Lab.Size.DEMO.kiosks(), 1, 999, "--kiosks"),
                PkiInitCommand.Numbers.parse(cl.get("cards-per-city"), Lab.Size.DEMO.cardsPerCity(), 1, 4000,
                        "--cards-per-city"),
                PkiInitCommand.Numbers.parse(cl.get("hubs"), Lab.Size.DEMO.hubs(), 1, 9, "--hubs"));
        Lab.Layout lab = Lab.create(dir, size, out);
        out.printf("lab ready in %s: cities %s, %s %s, relay 127.0.0.1:%d, %d kiosks%n", dir, lab.ports().cities(),
                lab.ports().hubs().size() == 1 ? "hub" : "hubs", lab.ports().hubs().stream().map(p -> "127.0.0.1:" + p)
                        .collect(java.util.stream.Collectors.joining(", ")), lab.ports().relay(), lab.kioskIds().size());
        if (cl.flag("revocation")) {
            String ocsp = RevocationLab.enable(dir);
            out.printf("revocation checking on: start 'konbini tools jpki ocsp --pki %s --listen %s' before the hub%n",
                    dir.resolve("pki"), ocsp);
        }
        return 0;
    }
}
