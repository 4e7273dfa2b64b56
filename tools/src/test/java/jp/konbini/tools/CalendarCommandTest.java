package jp.konbini.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.konbini.city.rules.MaintenanceWindow;
import jp.konbini.city.rules.ServiceHours;
import org.junit.jupiter.api.Test;

/** The clerk's calendar: one line per day, the holiday's name, the hours per type and the maintenance. */
class CalendarCommandTest {
    @Test
    void printsEveryDayWithWhyItIsClosedAndTheHours() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ServiceHours hours = new ServiceHours(List.of(MaintenanceWindow.parse("2026-12-05T20:00 2026-12-06T06:00")));
        CalendarCommand.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), 2026, "秋田市（052019）", hours);
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();

        assertThat(lines).hasSize(2 + 365 + 1);
        assertThat(lines.get(0)).startsWith("秋田市（052019）").contains("令和8年");
        assertThat(lines).filteredOn(l -> l.startsWith("2026-10-12 "))
                .singleElement().asString().contains("閉庁日（スポーツの日）", "6:30–23:00", "9:00–17:00");
        assertThat(lines).filteredOn(l -> l.startsWith("2026-10-13 "))
                .singleElement().asString().contains("開庁日", "9:00–19:00");
        assertThat(lines).filteredOn(l -> l.startsWith("2026-12-31 "))
                .singleElement().asString().contains("休止（年末年始）");
        assertThat(lines).filteredOn(l -> l.startsWith("2026-12-06 "))
                .singleElement().asString().contains("2026-12-05T20:00 2026-12-06T06:00");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("開庁日 240日, 閉庁日 119日, 年末年始の休止 6日");
    }
}
