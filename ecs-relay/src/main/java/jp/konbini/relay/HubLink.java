package jp.konbini.relay;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import jp.konbini.protocol.ErrorCode;
import jp.konbini.protocol.ErrorMessage;
import jp.konbini.protocol.GoAway;
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
 * One long-lived connection to a hub, carrying the streams of many kiosks. It gives each kiosk stream its own
 * odd, increasing stream id on this connection and sends the hub's answers back to that kiosk stream only. State
 * lives on the connection's event loop; other threads only reserve a place ({@link #reserve}) and hand work over.
 * When the connection ends, every stream still on it gets {@code UNAVAILABLE} at once. After the hub's GOAWAY it
 * takes no new visit but carries on the visits begun on it, and a challenge request the hub refused unprocessed
 * goes to another hub connection (PROTOCOL.md §7, "Graceful shutdown").
 */
final class HubLink extends SimpleChannelInboundHandler<Frame> implements LeastOutstanding.Link {
    private static final Logger LOG = LoggerFactory.getLogger(HubLink.class);
    /** Stream ids are unsigned 32-bit: after the last odd one the connection is used up and replaced. */
    private static final long LAST_STREAM = 0xFFFF_FFFFL;

    /**
     * {@code GOING_AWAY}: the hub sent GOAWAY; no new visit goes here, a visit begun here goes on here, and the hub
     * closes the connection once they are done. {@code DRAINING}: the relay retired it (stream ids used up); nothing
     * new goes here, and the relay closes it once its streams end.
     */
    enum State { CONNECTING, READY, GOING_AWAY, DRAINING, CLOSED }

    /** What the pool hears about this connection. */
    interface Events {
        void ready(HubLink link);

        /** No new visits here any more (GOAWAY, or ids used up); the open ones finish. */
        void draining(HubLink link);

        void closed(HubLink link);
    }

    private final String name;
    private final String relayId;
    private final int maxStreams;
    private final Events events;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean retired = new AtomicBoolean();
    /** Open streams by their id on this connection; event loop only. */
    private final Map<Integer, RelayStream> streams = new HashMap<>();
    private volatile State state = State.CONNECTING;
    private volatile ChannelHandlerContext ctx;
    private long nextStream = 1;
    /** The highest stream id the hub's GOAWAY said it took (unsigned); streams above it it refused unprocessed. */
    private long lastTakenByHub = LAST_STREAM;

    HubLink(String name, String relayId, int maxStreams, Events events) {
        this.name = name;
        this.relayId = relayId;
        this.maxStreams = maxStreams;
        this.events = events;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    /** The connection is up and the hub admitted: announce ourselves; the hub's HELLO makes the link ready. */
    void hello() {
        onLoop(() -> ctx.writeAndFlush(RelayFrames.message(0, ProtocolVersion.hello(relayId))));
    }

    String name() {
        return name;
    }

    State state() {
        return state;
    }

    @Override
    public boolean isReady() {
        return state == State.READY;
    }

    @Override
    public int inFlight() {
        return inFlight.get();
    }

    /** Takes one place for a new stream; false when this connection is not ready, not writable or full. Any thread. */
    @Override
    public boolean reserve() {
        return reserveIf(state == State.READY);
    }

    /** Whether a stream of a visit begun here may still come here: also after GOAWAY, as the hub still serves it. */
    boolean takesFollowUps() {
        return state == State.READY || state == State.GOING_AWAY;
    }

    /** Takes one place for a stream of a visit begun here ({@link #takesFollowUps}). Any thread. */
    boolean reserveFollowUp() {
        return reserveIf(takesFollowUps());
    }

    private boolean reserveIf(boolean open) {
        ChannelHandlerContext c = ctx;
        if (!open || c == null || !c.channel().isWritable()) {
            return false;
        }
        while (true) {
            int n = inFlight.get();
            if (n >= maxStreams) {
                return false;
            }
            if (inFlight.compareAndSet(n, n + 1)) {
                return true;
            }
        }
    }

    /** Opens a reserved stream with its first frame. Any thread; frames of one kiosk keep their order. */
    void open(RelayStream s, Frame first) {
        onLoop(() -> {
            if (state == State.CLOSED || !ctx.channel().isActive()) {
                inFlight.decrementAndGet();
                s.kiosk().deliver(s, RelayFrames.error(s.kioskStream(), ErrorCode.UNAVAILABLE,
                        "hub connection lost: try again"), true);
                return;
            }
            int id = (int) nextStream;
            nextStream += 2;
            s.hubStream = id;
            streams.put(id, s);
            ctx.writeAndFlush(RelayFrames.onStream(first, id));
            if (nextStream > LAST_STREAM) {
                drain("stream ids used up");
            }
        });
    }

    /** A later frame of an open stream; dropped if the stream has ended meanwhile. */
    void forward(RelayStream s, Frame f) {
        onLoop(() -> {
            if (s.hubStream != 0 && streams.get(s.hubStream) == s) {
                ctx.writeAndFlush(RelayFrames.onStream(f, s.hubStream));
            }
        });
    }

    /**
     * The kiosk went away: end its stream at the hub too (PROTOCOL.md §7, stream cancel: an ERROR from the dialing
     * side on an open stream), so the hub stops work for a kiosk that can no longer take the answer.
     */
    void cancel(RelayStream s) {
        onLoop(() -> {
            if (s.hubStream != 0 && streams.remove(s.hubStream, s)) {
                inFlight.decrementAndGet();
                ctx.writeAndFlush(RelayFrames.error(s.hubStream, ErrorCode.UNAVAILABLE, "kiosk disconnected"));
                closeIfDrained();
            }
        });
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, Frame frame) {
        if (!ServicePath.allowedFromHub(frame.type())) {
            LOG.warn("{}: hub sent frame type 0x{} outside the service path; dropped", name,
                    Integer.toHexString(frame.type()));
            return;
        }
        if (frame.streamId() == 0) {
            connectionFrame(frame);
            return;
        }
        RelayStream s = streams.get(frame.streamId());
        if (s == null) {
            return; // a stream this relay cancelled, or never opened: nobody may receive it
        }
        if (refusedUnprocessed(frame, s)) {
            streams.remove(frame.streamId());
            inFlight.decrementAndGet();
            LOG.info("{}: challenge request on stream {} crossed the hub's GOAWAY; sent to another hub", name,
                    Integer.toUnsignedString(frame.streamId()));
            s.kiosk().resend(s);
            return;
        }
        boolean last = RelayFrames.endsStream(frame.type());
        if (last) {
            streams.remove(frame.streamId());
            inFlight.decrementAndGet();
        }
        s.kiosk().deliver(s, RelayFrames.onStream(frame, s.kioskStream()), last);
        if (last) {
            closeIfDrained();
        }
    }

    /**
     * A challenge request the hub answered with an ERROR on a stream above its GOAWAY's last one: refused as it went
     * away, never looked at, so it may go to another hub as if it had gone there first.
     */
    private boolean refusedUnprocessed(Frame frame, RelayStream s) {
        return state == State.GOING_AWAY && frame.type() == MessageType.ERROR.code() && s.resendable() != null
                && Integer.toUnsignedLong(frame.streamId()) > lastTakenByHub;
    }

    /** Stream 0 is this hop's own business: HELLO, GOAWAY, a connection ERROR. Never passed to a kiosk. */
    private void connectionFrame(Frame frame) {
        if (frame.type() == MessageType.HELLO.code()) {
            hubHello(frame);
        } else if (frame.type() == MessageType.GOAWAY.code()) {
            hubGoingAway(frame);
        } else if (frame.type() == MessageType.ERROR.code()) {
            LOG.warn("{}: hub refused the connection: {}", name, errorText(frame));
        }
    }

    private void hubHello(Frame frame) {
        try {
            Hello hub = (Hello) MessageBodies.decode(frame.type(), frame.body(), ProtocolLimits.defaults());
            if (ProtocolVersion.negotiate(ProtocolVersion.hello(relayId), hub).isEmpty()) {
                LOG.warn("{}: no common protocol version (hub speaks {}..{}); closing", name, hub.minVersion(),
                        hub.maxVersion());
                ctx.close();
                return;
            }
        } catch (MalformedMessageException | ClassCastException e) {
            LOG.warn("{}: malformed HELLO from the hub; closing", name);
            ctx.close();
            return;
        }
        if (state == State.CONNECTING) {
            state = State.READY;
            events.ready(this);
        }
    }

    private void hubGoingAway(Frame frame) {
        try {
            GoAway g = (GoAway) MessageBodies.decode(frame.type(), frame.body(), ProtocolLimits.defaults());
            lastTakenByHub = Integer.toUnsignedLong(g.lastStreamId());
        } catch (MalformedMessageException | ClassCastException e) {
            LOG.warn("{}: malformed GOAWAY from the hub; taking it as going away", name);
        }
        if (state == State.CONNECTING || state == State.READY) {
            state = State.GOING_AWAY;
            LOG.info("{}: hub sent GOAWAY after stream {}; no new visits here, {} streams still open", name,
                    lastTakenByHub, streams.size());
            events.draining(this);
        }
    }

    /** The relay's own retirement of this connection (stream ids used up): it closes once its streams end. */
    private void drain(String why) {
        if (state == State.CONNECTING || state == State.READY || state == State.GOING_AWAY) {
            boolean announced = state == State.GOING_AWAY;
            state = State.DRAINING;
            LOG.info("{}: {}; no new streams here, {} still open", name, why, streams.size());
            if (!announced) {
                events.draining(this);
            }
        }
        closeIfDrained();
    }

    private void closeIfDrained() {
        if (state == State.DRAINING && streams.isEmpty()) {
            ctx.close();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        state = State.CLOSED;
        if (!streams.isEmpty()) {
            LOG.warn("{}: connection lost with {} streams in flight; each kiosk is told UNAVAILABLE", name,
                    streams.size());
        }
        for (RelayStream s : new ArrayList<>(streams.values())) {
            inFlight.decrementAndGet();
            s.kiosk().deliver(s, RelayFrames.error(s.kioskStream(), ErrorCode.UNAVAILABLE,
                    "hub connection lost: try again"), true);
        }
        streams.clear();
        events.closed(this);
        super.channelInactive(ctx);
    }

    /** Ends the connection (the relay is stopping); its open streams get UNAVAILABLE. */
    void closeConnection() {
        ChannelHandlerContext c = ctx;
        if (c != null) {
            c.channel().close();
        }
    }

    /** True the first time only: the pool replaces a connection once, however many ways it learns of its end. */
    boolean retire() {
        return retired.compareAndSet(false, true);
    }

    private void onLoop(Runnable task) {
        if (ctx.executor().inEventLoop()) {
            task.run();
        } else {
            ctx.executor().execute(task);
        }
    }

    private static String errorText(Frame frame) {
        try {
            ErrorMessage e = (ErrorMessage) MessageBodies.decode(frame.type(), frame.body(), ProtocolLimits.defaults());
            return e.code() + " (" + e.detail() + ")";
        } catch (MalformedMessageException | ClassCastException e) {
            return "malformed ERROR";
        }
    }
}
