package jp.konbini.tools;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import jp.konbini.city.IssuanceBenchmark;
import jp.konbini.city.data.CityDatabase;
import jp.konbini.city.data.PoolSettings;
import jp.konbini.city.data.ResidentDirectory;
import jp.konbini.node.CommandLine;
import jp.konbini.node.UsageException;
import jp.konbini.protocol.CertificateType;
import jp.konbini.render.JapaneseFont;

/**
 * {@code konbini tools bench-city}: the city's own time per certificate (lookup + rules + render +
 * ledger) on a seeded database, median and p99 per type, split into the render and the rest (database and
 * rules), for BENCHMARKS.md.
 */
final class BenchCityCommand implements ToolsMain.Command {
    @Override
    public String usage() {
        return """
                usage: konbini tools bench-city --db JDBC-URL [--user U] [--password P] [--requests N]
                                                [--types juminhyo,inkan,...]

                Issues N certificates of each type (default 200; every type by default) for residents drawn
                at random from a database seeded with `konbini tools seed-data` (for the 戸籍 types, a random
                household's 戸籍), each as the city server runs a request: one pooled connection for all its
                steps, within the default db.timeout.seconds. Prints the median and p99 of the city's time per
                certificate, of the part spent rendering, and of the rest (database and rules). Writes to the
                ledger: use a copy of the database, never a city's.""";
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
        Path font = JapaneseFont.locate(Optional.empty());
        // one request at a time: one connection would do; the pool is the city's default all the same
        try (CityDatabase db = CityDatabase.open(cl.require("db"), cl.get("user").orElse("sa"),
                cl.get("password").orElse(""), IssuanceBenchmark.SERVER_BUDGET, PoolSettings.defaults())) {
            out.printf("%d residents, %d requests per type, one at a time%n", new ResidentDirectory(db).count(),
                    requests);
            out.printf("%-40s%-25s%-25s%s%n", "", "total median / p99", "render median / p99",
                    "db+rules median / p99");
            for (CertificateType type : types) {
                // a few unmeasured rounds first: class loading, JIT and the font's first glyphs
                IssuanceBenchmark.run(db, font, type, 20, 1, IssuanceBenchmark.SERVER_BUDGET);
                IssuanceBenchmark.Result r = IssuanceBenchmark.run(db, font, type, requests, 52019,
                        IssuanceBenchmark.SERVER_BUDGET);
                if (r.issued().isEmpty()) {
                    out.printf("%-14s no certificate issued (%d refused, %d out of time)%n", type.cliName(),
                            r.refused(), r.unavailable());
                    continue;
                }
                out.printf("%-14s issued %4d (ref. %4d)  %-25s%-25s%s%n", type.cliName(), r.issued().size(),
                        r.refused(), medianAndP99(r.issued(), IssuanceBenchmark.Timing::totalNanos),
                        medianAndP99(r.issued(), IssuanceBenchmark.Timing::renderNanos),
                        medianAndP99(r.issued(), IssuanceBenchmark.Timing::databaseAndRulesNanos));
                if (r.unavailable() > 0) {
                    out.printf("%-14s %d more ran out of the request's %d s for the database (the server: try later)%n",
                            "", r.unavailable(), IssuanceBenchmark.SERVER_BUDGET.toSeconds());
                }
            }
        }
        return 0;
    }

    /** Each part's own median and p99: the parts' p99s need not add up to the total's. */
    private static String medianAndP99(List<IssuanceBenchmark.Timing> timings,
                                       ToLongFunction<IssuanceBenchmark.Timing> part) {
        List<Long> sorted = timings.stream().map(part::applyAsLong).sorted().toList();
        return String.format("%7.2f / %7.2f ms", percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6);
    }

    static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
