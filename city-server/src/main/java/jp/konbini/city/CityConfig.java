package jp.konbini.city;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.konbini.city.data.PoolSettings;
import jp.konbini.node.ConfigException;
import jp.konbini.node.ConfigKeys;
import jp.konbini.node.ListenSettings;
import jp.konbini.node.NodeConfig;
import jp.konbini.node.NodeSettings;
import jp.konbini.protocol.LocalGovernmentCode;

/** Everything a city server reads from its config file (see {@code conf/city.conf}). */
record CityConfig(
        NodeSettings node,
        ListenSettings listen,
        LocalGovernmentCode cityCode,
        String cityName,
        String mayor,
        String dbUrl,
        String dbUser,
        String dbPassword,
        Duration dbTimeout,
        PoolSettings dbPool,
        Optional<Path> font,
        int feeJuminhyoYen,
        int workers,
        CityRules rules,
        LedgerRetention retention) {

    /** With the default pool, document retention and print-result timeout. */
    CityConfig(NodeSettings node, ListenSettings listen, LocalGovernmentCode cityCode, String cityName, String mayor,
               String dbUrl, String dbUser, String dbPassword, Duration dbTimeout, Optional<Path> font,
               int feeJuminhyoYen, int workers, CityRules rules) {
        this(node, listen, cityCode, cityName, mayor, dbUrl, dbUser, dbPassword, dbTimeout,
                new PoolSettings(PoolSettings.defaultSize(), dbTimeout), font, feeJuminhyoYen, workers, rules,
                LedgerRetention.defaults());
    }

    static final List<String> CITY_KEYS = List.of("city.code", "city.name", "city.mayor", "db.url", "db.user",
            "db.password", "db.timeout.seconds", "db.pool.size", "db.pool.timeout.seconds", "render.font",
            "fee.juminhyo", "workers", "fee.kisai-jiko", "fee.inkan",
            "fee.koseki-zenbu", "fee.koseki-kojin", "fee.shotoku-kazei", "service.hours", "maintenance",
            "honseki.effective.business-days", "tax.year.switch", "print.kojin-bango", "operator",
            "ledger.document.retention.minutes", "ledger.issued.timeout.minutes");

    static final int DEFAULT_WORKERS = 4;

    /** How long a request may wait for the database, all its statements together, before "try later". */
    static final int DEFAULT_DB_TIMEOUT_SECONDS = 5;

    /** {@code db.timeout.seconds}: 1 to 300, {@value #DEFAULT_DB_TIMEOUT_SECONDS} when not set. */
    static Duration dbTimeout(NodeConfig c) throws ConfigException {
        return Duration.ofSeconds(c.integer("db.timeout.seconds", DEFAULT_DB_TIMEOUT_SECONDS, 1, 300));
    }

    /** {@code workers}: 1 to 256, {@value #DEFAULT_WORKERS} when not set. */
    static int workers(NodeConfig c) throws ConfigException {
        return c.integer("workers", DEFAULT_WORKERS, 1, 256);
    }

    /**
     * {@code db.pool.size} (1 to 256; when not set two per core, and at least one per worker and one for the
     * purge, since each worker holds a connection for its whole request) and {@code db.pool.timeout.seconds}, the
     * longest a request waits for a free connection (1 to 300, {@code db.timeout.seconds} when not set; a request
     * never waits past its own time in any case).
     */
    static PoolSettings dbPool(NodeConfig c) throws ConfigException {
        Duration timeout = dbTimeout(c);
        int size = Math.min(256, Math.max(PoolSettings.defaultSize(), workers(c) + 1));
        return new PoolSettings(c.integer("db.pool.size", size, 1, 256),
                Duration.ofSeconds(c.integer("db.pool.timeout.seconds", (int) timeout.toSeconds(), 1, 300)));
    }

    static CityConfig load(Path file) throws ConfigException {
        Set<String> known = ConfigKeys.of(ConfigKeys.IDENTITY, ConfigKeys.LISTENER, CITY_KEYS);
        Set<String> repeatable = new HashSet<>(ConfigKeys.REPEATABLE);
        repeatable.add("maintenance");
        repeatable.add("operator");
        NodeConfig c = NodeConfig.load(file, known, repeatable);
        NodeConfig.Entry codeEntry = c.require("city.code");
        LocalGovernmentCode code = LocalGovernmentCode.parse(codeEntry.value()).orElseThrow(() -> c.error(codeEntry,
                "'" + codeEntry.value() + "' is not a local government code (6 digits with a valid check digit)"));
        Optional<Path> font = c.optional("render.font").map(e -> c.resolve(e.value()));
        String dbUrl = c.string("db.url", "jdbc:h2:file:" + c.resolve("data").resolve("city") + ";AUTO_SERVER=FALSE");
        if (dbUrl.startsWith("jdbc:h2:file:./") || dbUrl.startsWith("jdbc:h2:./")) {
            // relative H2 paths are relative to the config folder, like every other path here
            dbUrl = dbUrl.replaceFirst("jdbc:h2:(file:)?\\./", "jdbc:h2:file:" + c.file().getParent() + "/");
        }
        return new CityConfig(
                NodeSettings.from(c),
                ListenSettings.from(c),
                code,
                c.string("city.name"),
                c.string("city.mayor"),
                dbUrl,
                c.string("db.user", "sa"),
                c.string("db.password", ""),
                dbTimeout(c),
                dbPool(c),
                font,
                c.integer("fee.juminhyo", 200, 0, 100_000),
                workers(c),
                CityRules.from(c),
                LedgerRetention.from(c));
    }
}
