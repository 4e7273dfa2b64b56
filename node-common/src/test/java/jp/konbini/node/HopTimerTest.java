package jp.konbini.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import jp.konbini.protocol.ErrorCode;
import org.junit.jupiter.api.Test;

class HopTimerTest {
    private final List<String> log = new ArrayList<>();
    private final AtomicLong clock = new AtomicLong(1_000_000_000L);

    @Test
    void logs_the_time_from_arrival_to_the_answer() {
        HopTimer t = HopTimer.start("city", log::add, clock::get);
        clock.addAndGet(12_345_678L);

        t.ok();

        assertThat(log).containsExactly("timing hop=city ms=12.3 outcome=ok");
    }

    @Test
    void a_request_that_ends_by_two_paths_is_logged_once_with_the_first() {
        HopTimer t = HopTimer.start("relay", log::add, clock::get);

        t.refused(ErrorCode.BUSY);
        t.ok();
        t.refused(ErrorCode.UNAVAILABLE);

        assertThat(log).containsExactly("timing hop=relay ms=0.0 outcome=E010");
    }
}
