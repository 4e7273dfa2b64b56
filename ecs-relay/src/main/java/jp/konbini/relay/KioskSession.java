package jp.konbini.relay;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import jp.konbini.node.HopTimer;
import jp.konbini.protocol.ErrorCode;
import jp.konbini.protocol.ErrorMessage;
import jp.konbini.protocol.Hello;
import jp.konbini.protocol.MessageType;
import jp.konbini.protocol.ProtocolLimits;
import jp.konbini.protocol.ProtocolVersion;
import jp.konbini.protocol.codec.Frame;
import jp.konbini.protocol.codec.MalformedMessageException;
import jp.konbini.protocol.codec.MessageBodies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One kiosk's connection through the relay. The relay reads frame headers only: it never decodes a request's
 * body, so it cannot read a request or a certificate. Each stream the kiosk opens is carried on a shared hub
 * connection under an id the relay chooses ({@link RelayStream}); answers come back on the kiosk's own id. The
 * relay answers the kiosk's HELLO itself: the hub connections have their own.
 *
 * <p>Bounds, each answered at once: {@link MultiplexLimits#streamsPerKiosk()} open streams and
 * {@link MultiplexLimits#challengesPerKiosk()} unanswered challenges (more get {@code BUSY}),
 * {@link #MAX_FRAMES_PER_STREAM} frames from the kiosk per stream, and
 * {@link MultiplexLimits#unsentPerKioskBytes()} of answers the kiosk has not read (then it is closed, so the
 * shared hub connection never waits for one slow kiosk). While its connection is above the high water mark the
 * relay stops reading from that kiosk.
 */
final class KioskSession extends SimpleChannelInboundHandler<Frame> {
    private static final Logger LOG = LoggerFactory.getLogger(KioskSession.class);
    /** A challenge stream carries one frame from the kiosk, an issue stream two (request, print result). */
    static final int MAX_FRAMES_PER_STREAM = 4;

    private final String relayId;
    private final LinkChooser links;
    private final MultiplexLimits limits;
    private final RelayTap tap;
    /** Open streams by the kiosk's own id; event loop only. */
    private final Map<Integer, RelayStream> streams = new HashMap<>();
    private ChannelHandlerContext ctx;
    private HubLink lastLink;
    /** CHALLENGEs this kiosk received and has not yet answered with an ISSUE_REQUEST; event loop only. */
    private int challengesHeld;
    /** Bytes written to the kiosk and not yet on the wire; event loop only. */
    private long unsent;

    KioskSession(String relayId, LinkChooser links, MultiplexLimits limits, RelayTap tap) {
        this.relayId = relayId;
        this.links = links;
        this.limits = limits;
        this.tap = tap;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, Frame frame) {
        if (!ServicePath.allowedFromKiosk(frame.type())) {
            LOG.warn("kiosk {} sent frame type 0x{} outside the service path; closing", ctx.channel().remoteAddress(),
                    Integer.toHexString(frame.type()));
            ctx.close();
            return;
        }
        boolean hello = frame.type() == MessageType.HELLO.code();
        if (hello != (frame.streamId() == 0)) {
            LOG.warn("kiosk {} sent frame type 0x{} on stream {}; closing", ctx.channel().remoteAddress(),
                    Integer.toHexString(frame.type()), Integer.toUnsignedString(frame.streamId()));
            ctx.close();
            return;
        }
        if (hello) {
            hello(frame);
            return;
        }
        RelayStream s = streams.get(frame.streamId());
        if (s == null) {
            open(frame);
        } else if (++s.framesFromKiosk > MAX_FRAMES_PER_STREAM) {
            LOG.warn("kiosk {} sent more than {} frames on one stream; closing", ctx.channel().remoteAddress(),
                    MAX_FRAMES_PER_STREAM);
            ctx.close();
        } else {
            tap.forwarded(RelayTap.Direction.KIOSK_TO_HUB, frame);
            s.link().forward(s, frame);
        }
    }

    private void open(Frame first) {
        int id = first.streamId();
        if (first.type() == MessageType.PRINT_RESULT.code()) {
            reply(id, ErrorCode.PROTOCOL_VIOLATION, "no request on this stream");
            return;
        }
        // one timing line per ISSUE_REQUEST (hop, time, code: nothing of the request), from here to its stream's end
        HopTimer timer = first.type() == MessageType.ISSUE_REQUEST.code() ? HopTimer.start("relay") : HopTimer.NONE;
        if (streams.size() >= limits.streamsPerKiosk()) {
            refuse(id, ErrorCode.BUSY, "too many requests in flight from this kiosk", timer);
            return;
        }
        if (first.type() == MessageType.CHALLENGE_REQUEST.code() && challengesHeld >= limits.challengesPerKiosk()) {
            reply(id, ErrorCode.BUSY, "too many unanswered challenges from this kiosk");
            return;
        }
        // a kiosk that holds a challenge or has a stream open is mid-visit: its streams keep to one hub connection
        // (the relay cannot read which challenge a request answers); between visits it is free to go elsewhere
        boolean midVisit = challengesHeld > 0 || !streams.isEmpty();
        if (first.type() == MessageType.ISSUE_REQUEST.code() && challengesHeld > 0) {
            challengesHeld--;
        }
        switch (links.pick(midVisit ? lastLink : null)) {
            case LinkChooser.Pick.Refused r -> refuse(id, r.code(), r.detail(), timer);
            case LinkChooser.Pick.Chosen c -> {
                lastLink = c.link();
                boolean challenge = first.type() == MessageType.CHALLENGE_REQUEST.code();
                RelayStream s = new RelayStream(this, id, c.link(), timer, challenge ? first : null);
                s.framesFromKiosk = 1;
                streams.put(id, s);
                tap.forwarded(RelayTap.Direction.KIOSK_TO_HUB, first);
                c.link().open(s, first);
            }
        }
    }

    /**
     * The hub refused this challenge stream unprocessed as it went away (PROTOCOL.md §7): it goes, as a new visit,
     * to a hub that takes it, and the kiosk sees only that hub's answer. Any thread.
     */
    void resend(RelayStream s) {
        if (!ctx.executor().inEventLoop()) {
            ctx.executor().execute(() -> resend(s));
            return;
        }
        if (!ctx.channel().isActive() || !streams.remove(s.kioskStream(), s)) {
            return; // the kiosk went away meanwhile
        }
        switch (links.pickNew()) {
            case LinkChooser.Pick.Refused r -> reply(s.kioskStream(), r.code(), r.detail());
            case LinkChooser.Pick.Chosen c -> {
                lastLink = c.link();
                RelayStream again = s.movedTo(c.link());
                streams.put(again.kioskStream(), again);
                tap.forwarded(RelayTap.Direction.KIOSK_TO_HUB, s.resendable());
                c.link().open(again, s.resendable());
            }
        }
    }

    /** The hop's own version negotiation (PROTOCOL.md §7); the kiosk's HELLO never reaches a hub. */
    private void hello(Frame frame) {
        Hello mine = ProtocolVersion.hello(relayId);
        Hello peer;
        try {
            peer = (Hello) MessageBodies.decode(frame.type(), frame.body(), ProtocolLimits.defaults());
        } catch (MalformedMessageException e) {
            ctx.writeAndFlush(RelayFrames.error(0, e.errorCode(), "malformed HELLO"))
                    .addListener(ChannelFutureListener.CLOSE);
            return;
        }
        if (ProtocolVersion.negotiate(mine, peer).isPresent()) {
            ctx.writeAndFlush(RelayFrames.message(0, mine));
            return;
        }
        String why = "peer speaks " + peer.minVersion() + ".." + peer.maxVersion() + ", this node "
                + mine.minVersion() + ".." + mine.maxVersion();
        LOG.warn("no common protocol version with kiosk {} ({}): closing", ctx.channel().remoteAddress(), why);
        ctx.writeAndFlush(RelayFrames.message(0, new ErrorMessage(ErrorCode.UNSUPPORTED_VERSION, why)))
                .addListener(ChannelFutureListener.CLOSE);
    }

    /** A frame from the hub for one of this kiosk's streams, already on the kiosk's stream id. Any thread. */
    void deliver(RelayStream s, Frame frame, boolean last) {
        if (ctx.executor().inEventLoop()) {
            write(s, frame, last);
        } else {
            ctx.executor().execute(() -> write(s, frame, last));
        }
    }

    private void write(RelayStream s, Frame frame, boolean last) {
        if (last) {
            streams.remove(s.kioskStream(), s);
            RelayFrames.errorCode(frame).ifPresentOrElse(s.timer()::refused, s.timer()::ok);
        }
        if (!ctx.channel().isActive()) {
            return;
        }
        int size = frame.length();
        if (unsent + size > limits.unsentPerKioskBytes()) {
            LOG.warn("kiosk {} does not read its answers ({} bytes waiting); closing it", ctx.channel().remoteAddress(),
                    unsent);
            ctx.close();
            return;
        }
        unsent += size;
        if (frame.type() == MessageType.CHALLENGE.code()) {
            challengesHeld++;
        }
        tap.forwarded(RelayTap.Direction.HUB_TO_KIOSK, frame);
        ctx.writeAndFlush(frame).addListener(f -> unsent -= size);
    }

    private void reply(int stream, ErrorCode code, String detail) {
        ctx.writeAndFlush(RelayFrames.error(stream, code, detail));
    }

    private void refuse(int stream, ErrorCode code, String detail, HopTimer timer) {
        reply(stream, code, detail);
        timer.refused(code);
    }

    /** A kiosk that does not read its answers does not get to ask more meanwhile. */
    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) throws Exception {
        ctx.channel().config().setAutoRead(ctx.channel().isWritable());
        super.channelWritabilityChanged(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        for (RelayStream s : new ArrayList<>(streams.values())) {
            s.link().cancel(s);
            s.timer().refused(ErrorCode.UNAVAILABLE); // what the relay's cancel tells the hub
        }
        streams.clear();
        super.channelInactive(ctx);
    }
}
