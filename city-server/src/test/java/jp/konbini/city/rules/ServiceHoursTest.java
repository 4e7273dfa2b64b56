package jp.konbini.city.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import jp.konbini.protocol.CertificateType;
import jp.konbini.protocol.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hours at their edges, in Japan time. */
class ServiceHoursTest {
    private final ServiceHours hours = ServiceHours.standard();

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            // an ordinary Tuesday (2026-12-01)
            "2026-12-01T06:29:59, juminhyo, closed",
            "2026-12-01T06:30:00, juminhyo, open",
            "2026-12-01T22:59:59, juminhyo, open",
            "2026-12-01T23:00:00, juminhyo, closed",
            "2026-12-01T06:29:00, inkan, closed",
            "2026-12-01T22:59:00, shotoku-kazei, open",
            // 年末年始: the last evening before it and the first morning after it
            "2026-12-28T22:59:00, juminhyo, open",
            "2026-12-28T23:00:00, juminhyo, closed",
            "2026-12-29T12:00:00, juminhyo, closed",
            "2027-01-03T12:00:00, kisai-jiko, closed",
            "2027-01-04T06:29:00, juminhyo, closed",
            "2027-01-04T06:30:00, juminhyo, open",
            // 戸籍 on an office-open day (Tuesday): 9:00–19:00
            "2026-12-01T08:59:00, koseki-zenbu, closed",
            "2026-12-01T09:00:00, koseki-zenbu, open",
            "2026-12-01T18:59:00, koseki-kojin, open",
            "2026-12-01T19:00:00, koseki-kojin, closed",
            // 戸籍 on a Saturday: 9:00–17:00
            "2026-12-05T16:59:00, koseki-zenbu, open",
            "2026-12-05T17:00:00, koseki-zenbu, closed",
            // 戸籍 on a Monday that is a holiday (スポーツの日 2026-10-12): closed-day hours
            "2026-10-12T16:59:00, koseki-zenbu, open",
            "2026-10-12T17:00:00, koseki-zenbu, closed",
            "2026-10-12T18:00:00, juminhyo, open",
            // ... and on the ordinary Monday after it: office-open hours
            "2026-10-19T18:00:00, koseki-zenbu, open",
            // 戸籍 on a substitute holiday (2026-05-06) and a citizens' holiday (2026-09-22)
            "2026-05-06T18:00:00, koseki-kojin, closed",
            "2026-09-22T18:00:00, koseki-kojin, closed",
            "2026-09-22T16:00:00, koseki-kojin, open",
    })
    void hoursAtTheEdges(String time, String type, String expected) {
        Availability a = hours.check(CertificateType.fromCliName(type).orElseThrow(), LocalDateTime.parse(time));

        assertThat(a instanceof Availability.Open ? "open" : "closed").isEqualTo(expected);
        if (a instanceof Availability.Closed closed) {
            assertThat(closed.code()).isEqualTo(ErrorCode.OUTSIDE_SERVICE_HOURS);
        }
    }

    @Test
    void judgesInJapanTimeWhateverTheServersZone() {
        // 2026-12-01 21:30 UTC is 2026-12-02 06:30 in Tokyo
        assertThat(hours.check(CertificateType.JUMINHYO, Instant.parse("2026-12-01T21:30:00Z")))
                .isInstanceOf(Availability.Open.class);
        assertThat(hours.check(CertificateType.JUMINHYO, Instant.parse("2026-12-01T21:29:00Z")))
                .isInstanceOf(Availability.Closed.class);
    }

    @Test
    void aMaintenanceWindowClosesEveryTypeWithItsOwnCode() {
        ServiceHours withWindow = new ServiceHours(List.of(MaintenanceWindow.parse("2026-12-05T20:00 2026-12-05T22:00")));

        assertThat(withWindow.check(CertificateType.JUMINHYO, LocalDateTime.parse("2026-12-05T19:59")))
                .isInstanceOf(Availability.Open.class);
        assertThat(withWindow.check(CertificateType.JUMINHYO, LocalDateTime.parse("2026-12-05T20:00")))
                .isEqualTo(new Availability.Closed(ErrorCode.MAINTENANCE, "maintenance 2026-12-05T20:00 2026-12-05T22:00"));
        assertThat(withWindow.check(CertificateType.INKAN, LocalDateTime.parse("2026-12-05T22:00")))
                .isInstanceOf(Availability.Open.class);
        assertThat(withWindow.maintenanceOn(LocalDateTime.parse("2026-12-05T00:00").toLocalDate())).hasSize(1);
    }

    @Test
    void theKindOfDayNamesTheHoliday() {
        assertThat(ServiceHours.kindOf(LocalDateTime.parse("2026-10-12T00:00").toLocalDate()).label())
                .isEqualTo("閉庁日（スポーツの日）");
        assertThat(ServiceHours.kindOf(LocalDateTime.parse("2026-12-31T00:00").toLocalDate()).label())
                .isEqualTo("休止（年末年始）");
        assertThat(ServiceHours.kindOf(LocalDateTime.parse("2026-12-01T00:00").toLocalDate()).label())
                .isEqualTo("開庁日");
    }
}
