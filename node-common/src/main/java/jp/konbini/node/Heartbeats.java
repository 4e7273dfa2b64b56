package jp.konbini.node;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import jp.konbini.protocol.Envelope;
import jp.konbini.protocol.MessageType;
import jp.konbini.protocol.Ping;
import jp.konbini.protocol.Pong;
import jp.konbini.protocol.ProtocolLimits;
import jp.konbini.protocol.ProtocolVersion;
import jp.konbini.protocol.codec.Frame;
import jp.konbini.protocol.codec.MalformedMessageException;
import jp.konbini.protocol.codec.MessageBodies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Heartbeats and the idle timeout of one connection, per hop: sits right after the frame decoder, so it sees
 * every whole frame on every node: {@link Frame}s on the relay, decoded {@link Envelope}s everywhere else. It answers a peer's PING with a PONG itself and
 * swallows PONGs (a relay therefore never forwards heartbeats), sends a PING of its own when no frame has
 * arrived for {@link LinkSettings#pingAfter()}, and closes the connection when none has arrived for
 * {@link LinkSettings#idleTimeout()} — the answer to a dead peer and to one that trickles bytes.
 */
final class Heartbeats extends ChannelInboundHandlerAdapter {
    private static final Logger LOG = LoggerFactory.getLogger(Heartbeats.class);

    private final String localName;
    private final long pingAfterNanos;
    private final long idleNanos;
    private long tickNanos;
    /** Timer ticks since the last whole frame: counted, not read from a clock, so tests can drive time. */
    private long quietTicks;
    private int pingsThisSpell;
    private long pingTokens;
    private ScheduledFuture<?> timer;

    Heartbeats(String localName, LinkSettings settings) {
        this.localName = localName;
        this.pingAfterNanos = settings.pingAfter().toNanos();
        this.idleNanos = settings.idleTimeout().toNanos();
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        if (ctx.channel().isActive()) {
            start(ctx);
        }
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        start(ctx);
        super.channelActive(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        stop();
        super.channelInactive(ctx);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        stop();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (msg instanceof Envelope envelope) {
            // A node that reads messages: the decoder already refused a PING or PONG off stream 0.
            heard();
            switch (envelope.message()) {
                case Ping ping -> pong(ctx, ping.token());
                case Pong pong -> { }
                default -> super.channelRead(ctx, msg);
            }
            return;
        }
        if (!(msg instanceof Frame frame)) {
            super.channelRead(ctx, msg);
            return;
        }
        heard();
        if (frame.streamId() == 0 && frame.type() == MessageType.PING.code()) {
            answer(ctx, frame);
            return;
        }
        if (frame.streamId() == 0 && frame.type() == MessageType.PONG.code()) {
            return;
        }
        super.channelRead(ctx, msg);
    }

    private void answer(ChannelHandlerContext ctx, Frame ping) {
        long token;
        try {
            token = ((Ping) MessageBodies.decode(ping.type(), ping.body(),
                    ProtocolLimits.defaults())).token();
        } catch (MalformedMessageException e) {
            ctx.fireExceptionCaught(new MalformedMessageException(e.errorCode(), e.getMessage(), 0));
            return;
        }
        pong(ctx, token);
    }

    private void pong(ChannelHandlerContext ctx, long token) {
        ctx.writeAndFlush(frame(MessageType.PONG, MessageBodies.encode(new Pong(token))));
    }

    /** A whole frame arrived: the peer is alive. */
    private void heard() {
        quietTicks = 0;
        pingsThisSpell = 0;
    }

    private void start(ChannelHandlerContext ctx) {
        if (timer != null) {
            return;
        }
        quietTicks = 0;
        tickNanos = Math.max(TimeUnit.MILLISECONDS.toNanos(100), pingAfterNanos / 4);
        timer = ctx.executor().scheduleAtFixedRate(() -> check(ctx), tickNanos, tickNanos, TimeUnit.NANOSECONDS);
    }

    private void check(ChannelHandlerContext ctx) {
        long quiet = ++quietTicks * tickNanos;
        if (quiet >= idleNanos) {
            LOG.warn("{}: closing connection from {}: no complete frame for {} s", localName,
                    ctx.channel().remoteAddress(), TimeUnit.NANOSECONDS.toSeconds(idleNanos));
            stop();
            ctx.close();
        } else if (quiet >= pingAfterNanos * (pingsThisSpell + 1)) {
            // One PING per pingAfter of silence (at most two before the idle timeout); the PONG is a frame.
            pingsThisSpell++;
            ctx.writeAndFlush(frame(MessageType.PING, MessageBodies.encode(new Ping(++pingTokens))));
        }
    }

    private static Frame frame(MessageType type, byte[] body) {
        return new Frame(ProtocolVersion.CURRENT, type.code(), 0, 0, body);
    }

    private void stop() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }
}
