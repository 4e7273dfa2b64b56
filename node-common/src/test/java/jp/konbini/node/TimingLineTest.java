package jp.konbini.node;

import static org.assertj.core.api.Assertions.assertThat;

import jp.konbini.protocol.ErrorCode;
import org.junit.jupiter.api.Test;

class TimingLineTest {
    @Test
    void formats_the_line_every_node_logs() {
        assertThat(new TimingLine("relay", 12.34, TimingLine.OK).format()).isEqualTo("timing hop=relay ms=12.3 outcome=ok");
        assertThat(new TimingLine("city", 0.04, TimingLine.outcome(ErrorCode.UNAVAILABLE)).format())
                .isEqualTo("timing hop=city ms=0.0 outcome=E012");
    }

    @Test
    void reads_it_back_from_a_node_log_line() {
        String logged = "2026-11-27T10:15:30.123+09:00 INFO  [nioEventLoopGroup-3-1] timing - timing hop=hub ms=1534.7 outcome=E034";

        assertThat(TimingLine.parse(logged)).contains(new TimingLine("hub", 1534.7, "E034"));
    }

    @Test
    void a_written_line_parses_to_what_was_written() {
        TimingLine line = new TimingLine("city", 250.5, TimingLine.OK);

        assertThat(TimingLine.parse("... timing - " + line.format())).contains(line);
    }

    @Test
    void other_lines_are_not_timing_lines() {
        assertThat(TimingLine.parse("2026-11-27T10:15:30.123+09:00 INFO  [main] RelayServer - listening on 127.0.0.1:4000")).isEmpty();
        assertThat(TimingLine.parse("timing hop=relay ms=fast outcome=ok")).isEmpty();
        assertThat(TimingLine.parse("timing hop=relay ms=12.3 outcome=maybe")).isEmpty();
        assertThat(TimingLine.parse("xtiming hop=relay ms=12.3 outcome=ok")).isEmpty();
    }
}
