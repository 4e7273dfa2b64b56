package jp.konbini.render;

import java.time.LocalDate;
import java.util.List;

/**
 * 和暦: dates written with the Japanese era, as on every certificate ("令和8年11月27日").
 *
 * <p>Computed from the era start dates rather than with {@code java.time.chrono.JapaneseDate},
 * whose formatting of the first year (元年) differs between JDK versions and locales.
 */
public final class Wareki {

    private record Era(String name, LocalDate firstDay) {
    }

    /** Newest first, so the first era that started on or before a date is its era. */
    private static final List<Era> ERAS = List.of(
            new Era("令和", LocalDate.of(2019, 5, 1)),
            new Era("平成", LocalDate.of(1989, 1, 8)),
            new Era("昭和", LocalDate.of(1926, 12, 25)),
            new Era("大正", LocalDate.of(1912, 7, 30)),
            new Era("明治", LocalDate.of(1868, 10, 23)));

    private Wareki() {
    }

    /**
     * The date as a clerk writes it: era, year (元 for the first), month and day without padding.
     *
     * @throws IllegalArgumentException for dates before 明治 (1868-10-23)
     */
    public static String format(LocalDate date) {
        for (Era era : ERAS) {
            if (!date.isBefore(era.firstDay())) {
                int year = date.getYear() - era.firstDay().getYear() + 1;
                return era.name() + (year == 1 ? "元" : Integer.toString(year)) + "年"
                        + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
            }
        }
        throw new IllegalArgumentException(date + " is before 明治 (1868-10-23); no era to write it in");
    }
}
