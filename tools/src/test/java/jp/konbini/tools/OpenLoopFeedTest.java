package jp.konbini.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class OpenLoopFeedTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void hands_out_every_arrival_at_its_scheduled_time_then_the_end_to_every_kiosk() throws Exception {
        List<Long> awaited = java.util.Collections.synchronizedList(new ArrayList<>());
        OpenLoopFeed feed = OpenLoopFeed.start(ArrivalSchedule.even(4, SECOND), awaited::add);

        List<RequestFeed.Arrival> taken = new ArrayList<>();
        for (Optional<RequestFeed.Arrival> a; (a = feed.next()).isPresent(); ) {
            taken.add(a.get());
        }

        assertThat(taken).containsExactly(new RequestFeed.Arrival(0, 0), new RequestFeed.Arrival(1, SECOND / 4),
                new RequestFeed.Arrival(2, SECOND / 2), new RequestFeed.Arrival(3, 3 * SECOND / 4));
        assertThat(awaited).containsExactly(0L, SECOND / 4, SECOND / 2, 3 * SECOND / 4);
        assertThat(feed.next()).isEmpty(); // the next kiosk to ask is told the end too
        assertThat(feed.total()).isEqualTo(4);
    }

    @Test
    void an_arrival_is_stamped_with_its_schedule_even_when_the_scheduler_is_late() throws Exception {
        // a clock that never waits: the scheduler is "late" for nothing, and arrival times still follow the schedule
        OpenLoopFeed feed = OpenLoopFeed.start(ArrivalSchedule.even(1, 3 * SECOND), at -> { });

        assertThat(feed.next()).contains(new RequestFeed.Arrival(0, 0));
        assertThat(feed.next()).contains(new RequestFeed.Arrival(1, SECOND));
        assertThat(feed.next()).contains(new RequestFeed.Arrival(2, 2 * SECOND));
        assertThat(feed.next()).isEmpty();
    }

    @Test
    void stopping_ends_the_run_for_every_kiosk_before_the_schedule_is_through() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        OpenLoopFeed feed = OpenLoopFeed.start(ArrivalSchedule.even(1, 100 * SECOND), at -> {
            if (at > 0) {
                held.countDown();
                Thread.currentThread().join(); // waits for a time that never comes, until interrupted
            }
        });
        assertThat(feed.next()).contains(new RequestFeed.Arrival(0, 0));
        held.await();

        feed.stop();

        assertThat(feed.next()).isEmpty();
        assertThat(feed.next()).isEmpty();
    }
}
