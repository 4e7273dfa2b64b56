package jp.konbini.tools;

import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * {@code --rate R --duration D}: one scheduler thread puts each request of the {@link ArrivalSchedule} into a
 * queue at its time, whether or not the kiosks keep up; free kiosks take them in order. A request's arrival is
 * its scheduled time, not when the scheduler got to it, so a late scheduler (a pause of this JVM) cannot hide
 * latency (no coordinated omission).
 */
final class OpenLoopFeed implements RequestFeed {
    /** Waits until {@code sinceStart} reaches a time (nanoseconds since the run's start). */
    @FunctionalInterface
    interface Clock {
        void awaitNanos(long sinceStart) throws InterruptedException;
    }

    private static final Arrival END = new Arrival(-1, 0);

    private final ArrivalSchedule schedule;
    private final BlockingQueue<Arrival> queue = new LinkedBlockingQueue<>();
    private final Thread scheduler;

    private OpenLoopFeed(ArrivalSchedule schedule, Clock clock) {
        this.schedule = schedule;
        this.scheduler = Thread.ofPlatform().daemon().name("load-arrivals").unstarted(() -> feed(clock));
    }

    /** Starts handing out the schedule's requests now, on the real clock ({@code sinceStart}: nanoseconds since the start). */
    static OpenLoopFeed start(ArrivalSchedule schedule, LongSupplier sinceStart) {
        return start(schedule, at -> {
            for (long left; (left = at - sinceStart.getAsLong()) > 0; ) {
                LockSupport.parkNanos(left);
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
        });
    }

    static OpenLoopFeed start(ArrivalSchedule schedule, Clock clock) {
        OpenLoopFeed feed = new OpenLoopFeed(schedule, clock);
        feed.scheduler.start();
        return feed;
    }

    private void feed(Clock clock) {
        try {
            long[] at = schedule.offsetsNanos();
            for (int i = 0; i < at.length; i++) {
                clock.awaitNanos(at[i]);
                queue.add(new Arrival(i, at[i]));
            }
        } catch (InterruptedException e) {
            // stopped: the kiosks take what has arrived, then the end
        } finally {
            queue.add(END);
        }
    }

    @Override
    public Optional<Arrival> next() throws InterruptedException {
        Arrival a = queue.take();
        if (a == END) {
            queue.add(END); // for the next kiosk that asks
            return Optional.empty();
        }
        return Optional.of(a);
    }

    @Override
    public int total() {
        return schedule.count();
    }

    @Override
    public void stop() {
        scheduler.interrupt();
        queue.clear();
        queue.add(END);
    }
}
