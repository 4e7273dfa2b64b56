package jp.konbini.tools;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.konbini.city.IssuanceBenchmark;
import jp.konbini.city.data.CityDatabase;
import jp.konbini.node.CommandLine;
import jp.konbini.node.UsageException;
import jp.konbini.protocol.CertificateType;
import jp.konbini.render.JapaneseFont;

/**
 * {@code konbini tools bench-city}: the city's own time per certificate (lookup + rules + render +
 * ledger) on a seeded database, median and p99 per type, for BENCHMARKS.md.
 */
final class BenchCityCommand implements ToolsMain.Command {
    @Override
    public String usage() {
        return """
                usage: konbini tools bench-city --db JDBC-URL [--user U] [--password P] [--requests N]
                                                [--types juminhyo,inkan,...]

                Issues N certificates of each type (default 200; every type by default) for residents drawn
                at random from a database seeded with `konbini tools seed-data` (for the 戸籍 types, a random
                household's 戸籍), and prints the median and p99 of the city's time per certificate. Writes
                to the ledger: use a copy of the database, never a city's.""";
    }

    @Override
    public int run(String[] args, PrintStream out) throws Exception {
        CommandLine cl = CommandLine.parse(args, Set.of("db", "user", "password", "requests", "types"), Set.of());
        int requests = PkiInitCommand.Numbers.parse(cl.get("requests"), 200, 1, 1_000_000, "--requests");
        List<CertificateType> types = new ArrayList<>();
        for (String name : cl.get("types")
                .orElse("juminhyo,kisai-jiko,inkan,shotoku-kazei,koseki-zenbu,koseki-kojin").split(",")) {
            types.add(CertificateType.fromCliName(name.trim())
                    .orElseThrow(() -> new UsageException("unknown certificate type " + name)));
        }
        try (CityDatabase db = CityDatabase.open(cl.require("db"), cl.get("user").orElse("sa"),
                cl.get("password").orElse(""))) {
            for (CertificateType type : types) {
                // a few unmeasured rounds first: class loading, JIT and the font's first glyphs
                IssuanceBenchmark.run(db, JapaneseFont.locate(Optional.empty()), type, 20, 1);
                IssuanceBenchmark.Result r = IssuanceBenchmark.run(db, JapaneseFont.locate(Optional.empty()), type,
                        requests, 52019);
                List<Long> sorted = r.issuedNanos().stream().sorted().toList();
                if (sorted.isEmpty()) {
                    out.printf("%-14s no certificate issued (%d refused)%n", type.cliName(), r.refused());
                    continue;
                }
                out.printf("%-14s issued %4d (refused %4d)  median %7.1f ms  p99 %7.1f ms%n", type.cliName(),
                        sorted.size(), r.refused(), percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6);
            }
        }
        return 0;
    }

    static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
