package jp.konbini.hub;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import jp.konbini.protocol.Challenge;
import jp.konbini.protocol.ChallengeRequest;
import jp.konbini.protocol.Envelope;
import jp.konbini.protocol.ErrorCode;
import jp.konbini.protocol.ErrorMessage;
import jp.konbini.protocol.GoAway;
import jp.konbini.protocol.Hello;
import jp.konbini.protocol.IssueRequest;
import jp.konbini.protocol.Message;
import jp.konbini.protocol.Ping;
import jp.konbini.protocol.Pong;
import jp.konbini.protocol.PrintResult;
import jp.konbini.protocol.ProtocolVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub's side of one relay connection. Streams are independent: each issue request is its own
 * {@link IssueExchange}, found again only by its stream id on this connection.
 */
final class RelaySessionHandler extends SimpleChannelInboundHandler<Envelope> {
    private static final Logger LOG = LoggerFactory.getLogger(RelaySessionHandler.class);
    /** Requests in flight on one relay connection; more get BUSY rather than a queue. */
    static final int MAX_EXCHANGES = 256;
    /**
     * Live challenges one relay connection may hold. The hub's book is shared by everyone: without this
     * bound, one connection flooding CHALLENGE_REQUESTs would fill it and every kiosk would get BUSY. A relay
     * carries many kiosks on one connection (PROTOCOL.md §7) and bounds each kiosk itself (256 by default), so
     * the connection's bound is that of 16 such kiosks; 24 connections are needed to fill the book.
     */
    static final int MAX_CHALLENGES_PER_CONNECTION = 4096;

    private final HubContext hub;
    private final Map<Integer, IssueExchange> exchanges = new HashMap<>();
    /** Streams whose request is being authenticated (a revocation lookup may be under way on a worker). */
    private final Set<Integer> authenticating = new HashSet<>();
    /** Challenges issued on this connection, oldest first (consumed ones leave when they expire). */
    private final ArrayDeque<ChallengeBook.Issued> challengesIssued = new ArrayDeque<>();
    /**
     * Completes when this connection is closed: after a GOAWAY, once its last exchange finished and no challenge it
     * gave is still waiting for its ISSUE_REQUEST.
     */
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private ChannelHandlerContext ctx;
    /** Highest stream id accepted so far (unsigned), announced in GOAWAY. */
    private int lastStream;
    private boolean goingAway;

    RelaySessionHandler(HubContext hub) {
        this.hub = hub;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        hub.sessionOpened(this);
    }

    /**
     * Graceful close (PROTOCOL.md §7): announce GOAWAY with the last accepted stream, refuse new visits with
     * UNAVAILABLE, let the open exchanges finish and the visits begun here end (an ISSUE_REQUEST answering a
     * challenge this connection gave is still served: no other hub could), then close. Safe from any thread.
     *
     * @return completes when the connection is closed
     */
    CompletableFuture<Void> goAway(String detail) {
        ctx.executor().execute(() -> {
            if (goingAway || !ctx.channel().isActive()) {
                closed.complete(null);
                return;
            }
            goingAway = true;
            LOG.info("GOAWAY to {} after stream {} ({} in flight): {}", ctx.channel().remoteAddress(),
                    Integer.toUnsignedString(lastStream), exchanges.size(), detail);
            ctx.writeAndFlush(new Envelope(0, new GoAway(lastStream, detail)));
            closeIfDrained();
            ChallengeBook.Issued newest = challengesIssued.peekLast();
            if (newest != null && ctx.channel().isActive()) {
                // a kiosk that never uses its challenge holds the drain only until the challenge expires
                long wait = Math.max(0, Duration.between(Instant.now(), newest.expiresAt()).toMillis()) + 1;
                ctx.executor().schedule(this::closeIfDrained, wait, TimeUnit.MILLISECONDS);
            }
        });
        return closed;
    }

    /** Closes now, for a drain that ran out of time. */
    void closeNow() {
        ctx.channel().close();
    }

    private void closeIfDrained() {
        if (goingAway && exchanges.isEmpty() && authenticating.isEmpty() && !awaitsAnIssueRequest()) {
            ctx.close();
        }
    }

    /** A challenge given here is neither used nor expired: its kiosk's ISSUE_REQUEST may still come. */
    private boolean awaitsAnIssueRequest() {
        return challengesIssued.stream().anyMatch(c -> hub.challenges().isUnused(c));
    }

    /** Whether this request answers a challenge this connection gave (after GOAWAY, only those are served). */
    private boolean answersAChallengeGivenHere(IssueRequest r) {
        return challengesIssued.stream().anyMatch(c -> Arrays.equals(c.nonce(), r.challengeNonce()));
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, Envelope env) {
        int stream = env.streamId();
        Message m = env.message();
        if (goingAway && (m instanceof ChallengeRequest
                || (m instanceof IssueRequest r && !answersAChallengeGivenHere(r)))) {
            reply(ctx, stream, ErrorCode.UNAVAILABLE, "going away: dial again");
            return;
        }
        if (m instanceof ChallengeRequest || m instanceof IssueRequest) {
            lastStream = Integer.compareUnsigned(stream, lastStream) > 0 ? stream : lastStream;
        }
        switch (m) {
            case Hello h -> hello(ctx, h);
            case Ping p -> ctx.writeAndFlush(new Envelope(stream, new Pong(p.token())));
            case ChallengeRequest r -> challenge(ctx, stream, r);
            case IssueRequest r -> issue(ctx, stream, r);
            case PrintResult r -> {
                IssueExchange x = exchanges.get(stream);
                if (x == null) {
                    reply(ctx, stream, ErrorCode.PROTOCOL_VIOLATION, "no request on this stream");
                } else {
                    x.printResult(r);
                }
            }
            case ErrorMessage e -> cancel(stream, e);
            default -> reply(ctx, stream, ErrorCode.PROTOCOL_VIOLATION, "unexpected " + m.type());
        }
    }

    /** The highest common version (PROTOCOL.md §7), or a clear refusal and close. */
    private void hello(ChannelHandlerContext ctx, Hello peer) {
        Hello mine = ProtocolVersion.hello(hub.nodeId());
        if (ProtocolVersion.negotiate(mine, peer).isPresent()) {
            ctx.writeAndFlush(new Envelope(0, mine));
            return;
        }
        String why = "peer speaks " + peer.minVersion() + ".." + peer.maxVersion() + ", this node "
                + mine.minVersion() + ".." + mine.maxVersion();
        LOG.warn("no common protocol version with {} ({}): closing", ctx.channel().remoteAddress(), why);
        ctx.writeAndFlush(new Envelope(0, new ErrorMessage(ErrorCode.UNSUPPORTED_VERSION, why)))
                .addListener(ChannelFutureListener.CLOSE);
    }

    private void challenge(ChannelHandlerContext ctx, int stream, ChallengeRequest r) {
        var route = hub.authenticator().route(r.cityCode());
        if (route.error().isPresent()) {
            ctx.writeAndFlush(new Envelope(stream, route.error().get()));
            return;
        }
        while (!challengesIssued.isEmpty() && !hub.challenges().isLive(challengesIssued.peekFirst())) {
            challengesIssued.pollFirst();
        }
        if (challengesIssued.size() >= MAX_CHALLENGES_PER_CONNECTION) {
            reply(ctx, stream, ErrorCode.BUSY, "too many live challenges on this connection");
            return;
        }
        hub.challenges().issue(r.kioskId(), r.cityCode()).ifPresentOrElse(c -> {
            challengesIssued.addLast(c);
            ctx.writeAndFlush(new Envelope(stream, new Challenge(c.nonce(), c.expiresAt().toEpochMilli())));
        }, () -> reply(ctx, stream, ErrorCode.BUSY, "challenge book full"));
    }

    /**
     * Stream cancel (PROTOCOL.md §7): the relay ends a stream whose kiosk went away, as a closed connection ends
     * all of them. Never answered: an ERROR is not answered with an ERROR.
     */
    private void cancel(int stream, ErrorMessage why) {
        IssueExchange x = stream == 0 ? null : exchanges.get(stream);
        if (x != null) {
            LOG.info("stream {} cancelled by the relay: {}", Integer.toUnsignedString(stream), why.code());
            x.finish();
        }
    }

    private void issue(ChannelHandlerContext ctx, int stream, IssueRequest r) {
        if (exchanges.containsKey(stream) || authenticating.contains(stream)) {
            reply(ctx, stream, ErrorCode.PROTOCOL_VIOLATION, "stream already in use");
            return;
        }
        if (exchanges.size() + authenticating.size() >= MAX_EXCHANGES) {
            reply(ctx, stream, ErrorCode.BUSY, "too many requests in flight");
            return;
        }
        authenticating.add(stream);
        hub.authenticator().authenticate(r, hub.workers()).whenCompleteAsync((refusal, failure) -> {
            authenticating.remove(stream);
            if (!ctx.channel().isActive()) {
                return;
            }
            Optional<ErrorMessage> answer = failure == null ? refusal
                    : Optional.of(new ErrorMessage(ErrorCode.INTERNAL_ERROR, "authentication failed"));
            if (answer.isPresent()) {
                LOG.info("refused request {} from kiosk {}: {}", r.requestId(), r.kioskId(), answer.get().code());
                ctx.writeAndFlush(new Envelope(stream, answer.get()));
                closeIfDrained();
                return;
            }
            route(ctx, stream, r);
        }, ctx.executor());
    }

    /** An authenticated request: its exchange, and a stream to its city. */
    private void route(ChannelHandlerContext ctx, int stream, IssueRequest r) {
        IssueExchange x = new IssueExchange(ctx, stream, r, hub.limits(), hub.identity(), hub.workers(), () -> {
            exchanges.remove(stream);
            closeIfDrained();
        });
        exchanges.put(stream, x);
        x.paperSecurity(hub.paperSecurity());
        LOG.info("request {} from kiosk {} authenticated; routing to city {}", r.requestId(), r.kioskId(), r.cityCode());
        hub.cityLink(r.cityCode()).open(x).whenComplete((cityStream, failure) -> ctx.executor().execute(() -> {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            if (cause instanceof CityLink.CityBusyException busy) {
                LOG.warn("city {} busy, request {} refused: {}", r.cityCode(), r.requestId(), busy.getMessage());
                x.cityBusy();
            } else if (cause != null) {
                LOG.warn("city {} unreachable: {}", r.cityCode(), cause.getMessage());
                x.cityUnreachable();
            } else {
                x.cityStreamOpened(cityStream);
            }
        }));
    }

    /**
     * A relay that stops reading (its kiosk stopped reading) must not make the hub buffer answers without bound:
     * stop reading its requests until it catches up. If it never does, the idle timeout closes it.
     */
    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) throws Exception {
        ctx.channel().config().setAutoRead(ctx.channel().isWritable());
        super.channelWritabilityChanged(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        // the relay went away: drop every stream's state; the city keeps its ledger rows as ISSUED
        new HashMap<>(exchanges).values().forEach(IssueExchange::finish);
        challengesIssued.forEach(c -> hub.challenges().discard(c.nonce()));
        challengesIssued.clear();
        hub.sessionClosed(this);
        closed.complete(null);
        super.channelInactive(ctx);
    }

    private static void reply(ChannelHandlerContext ctx, int stream, ErrorCode code, String detail) {
        ctx.writeAndFlush(new Envelope(stream, new ErrorMessage(code, detail)));
    }
}
