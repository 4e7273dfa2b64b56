package jp.konbini.hub;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jp.konbini.protocol.Challenge;
import jp.konbini.protocol.ChallengeRequest;
import jp.konbini.protocol.Envelope;
import jp.konbini.protocol.ErrorCode;
import jp.konbini.protocol.ErrorMessage;
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

    private final HubContext hub;
    private final Map<Integer, IssueExchange> exchanges = new HashMap<>();

    RelaySessionHandler(HubContext hub) {
        this.hub = hub;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, Envelope env) {
        int stream = env.streamId();
        Message m = env.message();
        switch (m) {
            case Hello h -> ctx.writeAndFlush(new Envelope(0,
                    new Hello(ProtocolVersion.MIN_SUPPORTED, ProtocolVersion.CURRENT, hub.nodeId())));
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
            default -> reply(ctx, stream, ErrorCode.PROTOCOL_VIOLATION, "unexpected " + m.type());
        }
    }

    private void challenge(ChannelHandlerContext ctx, int stream, ChallengeRequest r) {
        var route = hub.authenticator().route(r.cityCode());
        if (route.error().isPresent()) {
            ctx.writeAndFlush(new Envelope(stream, route.error().get()));
            return;
        }
        hub.challenges().issue(r.kioskId(), r.cityCode()).ifPresentOrElse(
                c -> ctx.writeAndFlush(new Envelope(stream, new Challenge(c.nonce(), c.expiresAt().toEpochMilli()))),
                () -> reply(ctx, stream, ErrorCode.BUSY, "challenge book full"));
    }

    private void issue(ChannelHandlerContext ctx, int stream, IssueRequest r) {
        if (exchanges.containsKey(stream)) {
            reply(ctx, stream, ErrorCode.PROTOCOL_VIOLATION, "stream already in use");
            return;
        }
        if (exchanges.size() >= MAX_EXCHANGES) {
            reply(ctx, stream, ErrorCode.BUSY, "too many requests in flight");
            return;
        }
        Optional<ErrorMessage> refusal = hub.authenticator().authenticate(r);
        if (refusal.isPresent()) {
            LOG.info("refused request {} from kiosk {}: {}", r.requestId(), r.kioskId(), refusal.get().code());
            ctx.writeAndFlush(new Envelope(stream, refusal.get()));
            return;
        }
        IssueExchange x = new IssueExchange(ctx, stream, r, hub.limits().maxDocumentBytes(),
                () -> exchanges.remove(stream));
        exchanges.put(stream, x);
        LOG.info("request {} from kiosk {} authenticated; routing to city {}", r.requestId(), r.kioskId(), r.cityCode());
        hub.cityLink(r.cityCode()).open(x).whenComplete((cityStream, failure) -> ctx.executor().execute(() -> {
            if (failure != null) {
                LOG.warn("city {} unreachable: {}", r.cityCode(), failure.getMessage());
                x.cityUnreachable();
            } else {
                x.cityStreamOpened(cityStream);
            }
        }));
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        // the relay went away: drop every stream's state; the city keeps its ledger rows as ISSUED
        new HashMap<>(exchanges).values().forEach(IssueExchange::finish);
        super.channelInactive(ctx);
    }

    private static void reply(ChannelHandlerContext ctx, int stream, ErrorCode code, String detail) {
        ctx.writeAndFlush(new Envelope(stream, new ErrorMessage(code, detail)));
    }
}
