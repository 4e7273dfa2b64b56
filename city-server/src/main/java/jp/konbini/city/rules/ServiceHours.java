package jp.konbini.city.rules;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import jp.konbini.protocol.CertificateType;
import jp.konbini.protocol.ErrorCode;

/**
 * 利用時間 (service hours) of the convenience-store service, as the city's 実施要綱 sets them:
 * <ul>
 * <li>every day 6:30–23:00, except 年末年始 12/29–1/3;</li>
 * <li>戸籍証明書 only 9:00–19:00 on 開庁日 and 9:00–17:00 on 閉庁日 (weekends and national holidays),
 * because the 戸籍 system is run with the 法務省's 戸籍情報連携 hours;</li>
 * <li>never inside a maintenance window from the city's settings.</li>
 * </ul>
 * Times are Japan time; a closing time is exclusive (at 23:00:00 the service is closed).
 *
 * @param maintenance the city's maintenance windows
 */
public record ServiceHours(List<MaintenanceWindow> maintenance) {
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    public static final LocalTime OPENS = LocalTime.of(6, 30);
    public static final LocalTime CLOSES = LocalTime.of(23, 0);
    public static final LocalTime KOSEKI_OPENS = LocalTime.of(9, 0);
    public static final LocalTime KOSEKI_CLOSES_OFFICE_OPEN = LocalTime.of(19, 0);
    public static final LocalTime KOSEKI_CLOSES_OFFICE_CLOSED = LocalTime.of(17, 0);

    private static final MonthDay YEAR_END_FROM = MonthDay.of(12, 29);
    private static final MonthDay YEAR_END_UNTIL = MonthDay.of(1, 3);

    public ServiceHours {
        maintenance = List.copyOf(maintenance);
    }

    /** The law's hours without any maintenance window. */
    public static ServiceHours standard() {
        return new ServiceHours(List.of());
    }

    /** The hours at an instant, judged in Japan time whatever the server's own zone. */
    public Availability check(CertificateType type, Instant now) {
        return check(type, LocalDateTime.ofInstant(now, JAPAN));
    }

    public Availability check(CertificateType type, LocalDateTime japanTime) {
        for (MaintenanceWindow window : maintenance) {
            if (window.covers(japanTime)) {
                return new Availability.Closed(ErrorCode.MAINTENANCE, "maintenance " + window);
            }
        }
        LocalDate day = japanTime.toLocalDate();
        Optional<Hours> hours = hoursOn(day, type);
        if (hours.isEmpty()) {
            return new Availability.Closed(ErrorCode.OUTSIDE_SERVICE_HOURS, "年末年始 " + day);
        }
        if (!hours.get().contains(japanTime.toLocalTime())) {
            return new Availability.Closed(ErrorCode.OUTSIDE_SERVICE_HOURS,
                    type.cliName() + " is served " + hours.get() + " on " + day + ", not at " + japanTime.toLocalTime());
        }
        return new Availability.Open();
    }

    /** The hours of a certificate type on a day; empty when the service is stopped all day. */
    public static Optional<Hours> hoursOn(LocalDate day, CertificateType type) {
        DayKind kind = kindOf(day);
        return switch (kind) {
            case DayKind.YearEnd y -> Optional.empty();
            case DayKind.OfficeOpen o -> Optional.of(isKoseki(type)
                    ? new Hours(KOSEKI_OPENS, KOSEKI_CLOSES_OFFICE_OPEN) : new Hours(OPENS, CLOSES));
            case DayKind.OfficeClosed c -> Optional.of(isKoseki(type)
                    ? new Hours(KOSEKI_OPENS, KOSEKI_CLOSES_OFFICE_CLOSED) : new Hours(OPENS, CLOSES));
        };
    }

    /** 開庁日, 閉庁日 (and why) or 年末年始. */
    public static DayKind kindOf(LocalDate day) {
        MonthDay md = MonthDay.from(day);
        if (!md.isBefore(YEAR_END_FROM) || !md.isAfter(YEAR_END_UNTIL)) {
            return new DayKind.YearEnd();
        }
        Optional<String> holiday = JapaneseHolidays.nameOf(day);
        if (holiday.isPresent()) {
            return new DayKind.OfficeClosed(holiday.get());
        }
        if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return new DayKind.OfficeClosed("土曜日");
        }
        if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return new DayKind.OfficeClosed("日曜日");
        }
        return new DayKind.OfficeOpen();
    }

    /** The maintenance windows that touch a day, for the calendar. */
    public List<MaintenanceWindow> maintenanceOn(LocalDate day) {
        LocalDateTime start = day.atStartOfDay();
        LocalDateTime end = start.plusDays(1);
        return maintenance.stream().filter(w -> w.from().isBefore(end) && w.until().isAfter(start)).toList();
    }

    private static boolean isKoseki(CertificateType type) {
        return switch (type) {
            case KOSEKI_ZENBU, KOSEKI_KOJIN -> true;
            case JUMINHYO, KISAI_JIKO, INKAN, SHOTOKU_KAZEI -> false;
        };
    }

    /** Opening (inclusive) and closing (exclusive) time of a day. */
    public record Hours(LocalTime opens, LocalTime closes) {
        public boolean contains(LocalTime time) {
            return !time.isBefore(opens) && time.isBefore(closes);
        }

        @Override
        public String toString() {
            return opens.getHour() + ":" + String.format("%02d", opens.getMinute()) + "–"
                    + closes.getHour() + ":" + String.format("%02d", closes.getMinute());
        }
    }
}
