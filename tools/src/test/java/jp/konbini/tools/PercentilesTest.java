package jp.konbini.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {
    @Test
    void gives_the_measured_value_at_each_nearest_rank() {
        double[] oneToThousand = IntStream.rangeClosed(1, 1000).mapToDouble(i -> i).toArray();

        Percentiles p = Percentiles.of(oneToThousand).orElseThrow();

        assertThat(p).isEqualTo(new Percentiles(1000, 500, 900, 990, 999, 1000));
    }

    @Test
    void p999_of_two_thousand_values_is_the_one_below_the_two_largest() {
        double[] values = IntStream.rangeClosed(1, 2000).mapToDouble(i -> i).toArray();

        assertThat(Percentiles.of(values).orElseThrow().p999()).isEqualTo(1998);
    }

    @Test
    void below_a_thousand_values_p999_is_the_largest() {
        double[] values = IntStream.rangeClosed(1, 999).mapToDouble(i -> i).toArray();

        assertThat(Percentiles.of(values).orElseThrow().p999()).isEqualTo(999);
        assertThat(Percentiles.of(new double[] {7}).orElseThrow()).isEqualTo(new Percentiles(1, 7, 7, 7, 7, 7));
    }

    @Test
    void the_order_of_the_values_does_not_matter_and_they_are_left_as_given() {
        double[] values = {30, 10, 20, 40};

        Percentiles p = Percentiles.of(values).orElseThrow();

        assertThat(p.p50()).isEqualTo(20);
        assertThat(p.max()).isEqualTo(40);
        assertThat(values).containsExactly(30, 10, 20, 40);
    }

    @Test
    void no_values_give_no_figures() {
        assertThat(Percentiles.of(new double[0])).isEmpty();
    }
}
