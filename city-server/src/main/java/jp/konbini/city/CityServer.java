package jp.konbini.city;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import jp.konbini.city.data.CertificateRecords;
import jp.konbini.city.data.CityDatabase;
import jp.konbini.city.data.IssuanceLedger;
import jp.konbini.city.data.LedgerPurge;
import jp.konbini.city.data.ResidentDirectory;
import jp.konbini.city.data.StandingLookup;
import jp.konbini.node.SecureServer;
import jp.konbini.protocol.ProtocolLimits;
import jp.konbini.render.CertificateRenderer;
import jp.konbini.render.JapaneseFont;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running city server: its database, its renderer, and its one listening socket for the hub. */
public final class CityServer implements AutoCloseable {
    /** Certificates carry the date in Japan, wherever the server's clock is set. */
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private static final Logger LOG = LoggerFactory.getLogger(CityServer.class);
    /** How often issued documents past their time are purged. */
    private static final Duration PURGE_EVERY = Duration.ofMinutes(1);

    private final CityDatabase database;
    private final ThreadPoolExecutor work;
    private final SecureServer server;
    private final ScheduledExecutorService purge;

    private CityServer(CityDatabase database, ThreadPoolExecutor work, SecureServer server,
                       ScheduledExecutorService purge) {
        this.database = database;
        this.work = work;
        this.server = server;
        this.purge = purge;
    }

    public static CityServer start(Path configFile) throws Exception {
        CityConfig config = CityConfig.load(configFile);
        CertificateRenderer renderer = new CertificateRenderer(JapaneseFont.locate(config.font()));
        CityDatabase db = CityDatabase.open(config.dbUrl(), config.dbUser(), config.dbPassword(),
                config.dbTimeout(), config.dbPool());
        ThreadPoolExecutor work = new ThreadPoolExecutor(config.workers(), config.workers(), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(config.workers() * 16), Thread.ofPlatform().name("city-work-", 0).factory());
        try {
            IssuanceService service = new IssuanceService(config, new ResidentDirectory(db), new StandingLookup(db),
                    new CertificateRecords(db), new IssuanceLedger(db),
                    renderer, Clock.system(JAPAN));
            SecureServer server = SecureServer.messages(config.node().nodeId(), config.listen(),
                    config.node().serverContext(), ProtocolLimits.defaults(),
                    () -> new HubLinkHandler(config.node().nodeId(), service, work));
            ScheduledExecutorService purge = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().daemon().name("city-purge").factory());
            purge.scheduleWithFixedDelay(() -> purge(new LedgerPurge(db), config.retention()),
                    PURGE_EVERY.toSeconds(), PURGE_EVERY.toSeconds(), TimeUnit.SECONDS);
            return new CityServer(db, work, server, purge);
        } catch (Exception | Error e) {
            work.shutdownNow();
            db.close();
            throw e;
        }
    }

    /** One purge; a failure is logged and the next run tries again (a scheduled task must not throw). */
    private static void purge(LedgerPurge purge, LedgerRetention retention) {
        try {
            LedgerPurge.Result r = purge.purge(Instant.now(), retention.issuedTimeout(), retention.documentRetention());
            if (r.voided() > 0 || r.documentsDeleted() > 0) {
                LOG.info("purge: {} entries voided without a print result (refund due), {} documents deleted",
                        r.voided(), r.documentsDeleted());
            }
        } catch (RuntimeException e) {
            LOG.warn("purge of issued documents failed, retried in {}: {}", PURGE_EVERY, e.getMessage());
        }
    }

    @Override
    public void close() {
        purge.shutdownNow();
        server.close();
        work.shutdown();
        try {
            work.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        database.close();
    }
}
