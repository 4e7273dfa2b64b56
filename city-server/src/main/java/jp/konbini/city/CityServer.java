package jp.konbini.city;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import jp.konbini.city.data.CertificateRecords;
import jp.konbini.city.data.CityDatabase;
import jp.konbini.city.data.IssuanceLedger;
import jp.konbini.city.data.ResidentDirectory;
import jp.konbini.city.data.StandingLookup;
import jp.konbini.node.SecureServer;
import jp.konbini.protocol.ProtocolLimits;
import jp.konbini.render.CertificateRenderer;
import jp.konbini.render.JapaneseFont;

/** A running city server: its database, its renderer, and its one listening socket for the hub. */
public final class CityServer implements AutoCloseable {
    /** Certificates carry the date in Japan, wherever the server's clock is set. */
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final CityDatabase database;
    private final ThreadPoolExecutor work;
    private final SecureServer server;

    private CityServer(CityDatabase database, ThreadPoolExecutor work, SecureServer server) {
        this.database = database;
        this.work = work;
        this.server = server;
    }

    public static CityServer start(Path configFile) throws Exception {
        CityConfig config = CityConfig.load(configFile);
        CertificateRenderer renderer = new CertificateRenderer(JapaneseFont.locate(config.font()));
        CityDatabase db = CityDatabase.open(config.dbUrl(), config.dbUser(), config.dbPassword(),
                config.dbTimeout());
        ThreadPoolExecutor work = new ThreadPoolExecutor(config.workers(), config.workers(), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(config.workers() * 16), Thread.ofPlatform().name("city-work-", 0).factory());
        try {
            IssuanceService service = new IssuanceService(config, new ResidentDirectory(db), new StandingLookup(db),
                    new CertificateRecords(db), new IssuanceLedger(db),
                    renderer, Clock.system(JAPAN));
            SecureServer server = SecureServer.messages(config.node().nodeId(), config.listen(),
                    config.node().serverContext(), ProtocolLimits.defaults(),
                    () -> new HubLinkHandler(config.node().nodeId(), service, work));
            return new CityServer(db, work, server);
        } catch (Exception | Error e) {
            work.shutdownNow();
            db.close();
            throw e;
        }
    }

    @Override
    public void close() {
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
