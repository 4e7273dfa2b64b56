package jp.konbini.node;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import jp.konbini.protocol.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times one request through one hop and logs its {@link TimingLine} once, when the hop is done with it.
 * A request can end by several paths (answered, refused, its peer gone); whichever comes first is logged,
 * later ones are ignored, so each request gives exactly one line.
 */
public final class HopTimer {
    private static final Logger LOG = LoggerFactory.getLogger(TimingLine.LOGGER);
    /** For what is not a request (a challenge, a print result): logs nothing. */
    public static final HopTimer NONE = new HopTimer(null, line -> { }, System::nanoTime);

    private final String hop;
    private final Consumer<String> log;
    private final LongSupplier nanoTime;
    private final long started;
    private final AtomicBoolean logged = new AtomicBoolean();

    private HopTimer(String hop, Consumer<String> log, LongSupplier nanoTime) {
        this.hop = hop;
        this.log = log;
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
    }

    /** Starts timing a request as it arrives at {@code hop} ({@code relay}, {@code hub}, {@code city}). */
    public static HopTimer start(String hop) {
        return new HopTimer(hop, LOG::info, System::nanoTime);
    }

    /** The same with the log and the clock given (tests). */
    static HopTimer start(String hop, Consumer<String> log, LongSupplier nanoTime) {
        return new HopTimer(hop, log, nanoTime);
    }

    public void ok() {
        end(TimingLine.OK);
    }

    public void refused(ErrorCode code) {
        end(TimingLine.outcome(code));
    }

    private void end(String outcome) {
        if (hop != null && logged.compareAndSet(false, true)) {
            log.accept(new TimingLine(hop, (nanoTime.getAsLong() - started) / 1e6, outcome).format());
        }
    }
}
