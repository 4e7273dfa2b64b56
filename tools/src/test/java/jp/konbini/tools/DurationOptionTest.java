package jp.konbini.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import jp.konbini.node.UsageException;
import org.junit.jupiter.api.Test;

class DurationOptionTest {
    @Test
    void reads_seconds_minutes_and_hours() throws Exception {
        assertThat(DurationOption.parse("600", "--duration")).isEqualTo(Duration.ofSeconds(600));
        assertThat(DurationOption.parse("45s", "--duration")).isEqualTo(Duration.ofSeconds(45));
        assertThat(DurationOption.parse("10m", "--duration")).isEqualTo(Duration.ofMinutes(10));
        assertThat(DurationOption.parse("1h", "--duration")).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void refuses_what_is_not_a_positive_duration() {
        for (String bad : new String[] {"0", "-5", "10x", "1.5m", "", "m"}) {
            assertThatThrownBy(() -> DurationOption.parse(bad, "--duration")).as(bad).isInstanceOf(UsageException.class)
                    .hasMessageStartingWith("--duration must be");
        }
    }
}
