package jp.konbini.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ArrivalScheduleTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void two_per_second_for_three_seconds_arrive_every_half_second_from_the_start() {
        ArrivalSchedule s = ArrivalSchedule.even(2, 3 * SECOND);

        assertThat(s.offsetsNanos()).containsExactly(0, SECOND / 2, SECOND, 3 * SECOND / 2, 2 * SECOND, 5 * SECOND / 2);
    }

    @Test
    void the_offered_rate_times_the_duration_is_the_count() {
        assertThat(ArrivalSchedule.even(2, Duration.ofMinutes(10).toNanos()).count()).isEqualTo(1200);
        assertThat(ArrivalSchedule.even(0.3, 10 * SECOND).offsetsNanos())
                .containsExactly(0, 3_333_333_333L, 6_666_666_667L);
        assertThat(ArrivalSchedule.even(200, SECOND).count()).isEqualTo(200);
    }

    @Test
    void no_arrival_is_at_or_after_the_end() {
        long[] at = ArrivalSchedule.even(7, 5 * SECOND).offsetsNanos();

        assertThat(at).hasSize(35);
        assertThat(at[at.length - 1]).isLessThan(5 * SECOND);
    }

    @Test
    void poisson_arrivals_come_in_order_at_about_the_rate_and_the_same_for_the_same_seed() {
        ArrivalSchedule a = ArrivalSchedule.poisson(50, 100 * SECOND, 7);
        ArrivalSchedule b = ArrivalSchedule.poisson(50, 100 * SECOND, 7);

        assertThat(a.offsetsNanos()).isEqualTo(b.offsetsNanos());
        assertThat(a.offsetsNanos()).isSorted();
        assertThat(a.offsetsNanos()[0]).isGreaterThanOrEqualTo(0);
        assertThat(Arrays.stream(a.offsetsNanos()).max().orElseThrow()).isLessThan(100 * SECOND);
        // 5,000 expected; the standard deviation of a Poisson count is its square root, about 71
        assertThat(a.count()).isBetween(4700, 5300);
    }

    @Test
    void a_rate_or_duration_that_is_not_positive_is_refused() {
        assertThatThrownBy(() -> ArrivalSchedule.even(0, SECOND)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArrivalSchedule.even(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ArrivalSchedule.poisson(Double.NaN, SECOND, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
