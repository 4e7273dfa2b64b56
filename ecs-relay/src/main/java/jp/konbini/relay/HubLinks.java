package jp.konbini.relay;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.handler.ssl.SslContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import jp.konbini.node.SecureClient;
import jp.konbini.node.Upstream;
import jp.konbini.protocol.ErrorCode;
import jp.konbini.protocol.ProtocolLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The relay's hub connections: {@link MultiplexLimits#linksPerHub()} long-lived connections to each listed hub,
 * reopened with backoff when they end. A new stream goes where {@link LeastOutstanding} says: the ready hub, and
 * connection, with the fewest streams outstanding, so load spreads over every healthy hub and a hub that is down
 * gets none (failover). A kiosk's follow-up stream (its ISSUE_REQUEST after the CHALLENGE) stays on the
 * connection of its last one. Every connection stays open, so a failover costs no TLS handshake.
 */
final class HubLinks implements LinkChooser, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HubLinks.class);
    /** Until a first connection is ready, retries are at most this far apart. */
    private static final Duration STARTING_RETRY_MAX = Duration.ofMillis(500);

    private final String relayId;
    private final List<Upstream> hubs;
    private final SslContext ssl;
    private final ProtocolLimits limits;
    private final MultiplexLimits mux;
    private final EventLoopGroup group;
    private final List<List<Slot>> slots = new ArrayList<>();
    private final CompletableFuture<Void> firstReady = new CompletableFuture<>();
    private volatile boolean closed;

    HubLinks(String relayId, List<Upstream> hubs, SslContext ssl, ProtocolLimits limits, MultiplexLimits mux) {
        this.relayId = relayId;
        this.hubs = List.copyOf(hubs);
        this.ssl = ssl;
        this.limits = limits;
        this.mux = mux;
        int all = hubs.size() * mux.linksPerHub();
        this.group = new MultiThreadIoEventLoopGroup(Math.min(all, Runtime.getRuntime().availableProcessors()),
                NioIoHandler.newFactory());
        for (int h = 0; h < hubs.size(); h++) {
            List<Slot> perHub = new ArrayList<>();
            for (int i = 0; i < mux.linksPerHub(); i++) {
                perHub.add(new Slot(h, i));
            }
            slots.add(List.copyOf(perHub));
        }
    }

    /** Dials every connection; waits up to {@code wait} for the first to be ready, so a relay starts useful. */
    void start(Duration wait) throws InterruptedException {
        slots.forEach(perHub -> perHub.forEach(Slot::connect));
        try {
            firstReady.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            LOG.warn("no hub ready after {} s; kiosks get UNAVAILABLE until one is", wait.toSeconds());
        }
    }

    @Override
    public Pick pickNew() {
        List<List<HubLink>> current = slots.stream()
                .map(perHub -> perHub.stream().map(s -> s.current).filter(Objects::nonNull).toList()).toList();
        return switch (LeastOutstanding.choose(current)) {
            case LeastOutstanding.Choice.Chosen<HubLink> c -> new Pick.Chosen(c.link());
            case LeastOutstanding.Choice.AllFull<HubLink> f -> new Pick.Refused(ErrorCode.BUSY, "hub connections full");
            case LeastOutstanding.Choice.NoneReady<HubLink> n -> new Pick.Refused(ErrorCode.UNAVAILABLE,
                    "no hub reachable");
        };
    }

    @Override
    public void close() {
        closed = true;
        slots.forEach(perHub -> perHub.forEach(Slot::close));
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly();
    }

    /** One of the connections to one hub: at most one current connection, reopened after it ends. */
    private final class Slot implements HubLink.Events {
        private final int hub;
        private final String name;
        private volatile HubLink current;
        private int failures;

        Slot(int hub, int index) {
            this.hub = hub;
            this.name = "hub." + (hub + 1) + " link " + (index + 1);
        }

        void connect() {
            if (closed) {
                return;
            }
            HubLink link = new HubLink(name, relayId, mux.streamsPerLink(), this);
            current = link;
            SecureClient.frames(relayId, group, hubs.get(hub), ssl, limits, link).whenComplete((ch, failure) -> {
                if (failure == null) {
                    link.hello();
                } else {
                    reconnect(link, failure.getMessage());
                }
            });
        }

        @Override
        public void ready(HubLink link) {
            synchronized (this) {
                failures = 0;
            }
            LOG.info("{} up", link.name());
            firstReady.complete(null);
        }

        @Override
        public void draining(HubLink link) {
            reconnect(link, "draining");
        }

        @Override
        public void closed(HubLink link) {
            reconnect(link, "closed");
        }

        /** Replaces an ended connection once, after a backoff that grows while the hub stays unreachable. */
        private void reconnect(HubLink link, String why) {
            if (!link.retire() || closed) {
                return;
            }
            Duration wait;
            synchronized (this) {
                if (current == link) {
                    current = null;
                }
                wait = mux.backoff(failures++);
            }
            if (!firstReady.isDone() && wait.compareTo(STARTING_RETRY_MAX) > 0) {
                wait = STARTING_RETRY_MAX; // hubs and relay often start together: take the hub as soon as it listens
            }
            boolean draining = link.state() == HubLink.State.GOING_AWAY || link.state() == HubLink.State.DRAINING;
            LOG.warn("{} {} ({}); reconnecting in {} ms", name, draining ? "draining" : "down", why, wait.toMillis());
            try {
                group.schedule(this::connect, wait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // the relay is stopping
            }
        }

        void close() {
            HubLink l = current;
            if (l != null) {
                l.closeConnection();
            }
        }
    }
}
