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
                usage: konbini tools lab --dir DIR [--residents N] [--revocation]

                Writes everything a one-machine chain needs into DIR (which must not exist or be empty):
                DIR/pki (as 'pki init'), DIR/city-052019.conf, DIR/hub-1.conf, DIR/relay-1.conf and
                DIR/kiosk-0001.conf on free loopback ports, and a seeded H2 database for the city.
                Then start each node from its own folder, e.g.
                  (mkdir -p DIR/hub-1 && cd DIR/hub-1 && konbini hub --config ../hub-1.conf)
                --revocation also points the hub at a JPKI OCSP responder and CRL on a free port (start it
                with 'konbini tools jpki ocsp', as the line printed at the end says).""";
    }

    @Override
    public int run(String[] args, PrintStream out) throws Exception {
        CommandLine cl = CommandLine.parse(args, Set.of("dir", "residents"), Set.of("revocation"));
        Path dir = Path.of(cl.require("dir")).toAbsolutePath();
        if (Files.isDirectory(dir)) {
            try (var s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    throw new UsageException(dir + " is not empty");
                }
            }
        }
        Files.createDirectories(dir);
        int residents = PkiInitCommand.Numbers.parse(cl.get("residents"), 500, 10, 10_000_000, "--residents");
        Lab.Layout lab = Lab.create(dir, residents, out);
        out.printf("lab ready in %s: city 127.0.0.1:%d, hub 127.0.0.1:%d, relay 127.0.0.1:%d%n", dir,
                lab.ports().city(), lab.ports().hub(), lab.ports().relay());
        if (cl.flag("revocation")) {
            String ocsp = RevocationLab.enable(dir);
            out.printf("revocation checking on: start 'konbini tools jpki ocsp --pki %s --listen %s' before the hub%n",
                    dir.resolve("pki"), ocsp);
        }
        return 0;
    }
}
