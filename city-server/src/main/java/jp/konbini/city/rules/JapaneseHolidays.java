package jp.konbini.city.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * 国民の祝日 (national holidays) as the 国民の祝日に関する法律 (Act on National Holidays) defines them, with
 * the 振替休日 (substitute holiday, art. 3(2)) and the 国民の休日 (citizens' holiday, art. 3(3)), computed
 * rather than listed so the calendar never runs out. Valid for 2007–2099: 2007 is when 昭和の日 and the
 * present substitute rule began, 2099 is where the equinox formula ends.
 *
 * <p>Special years are written out where the law moved a day by a one-off act: 2019 (天皇の即位),
 * 2020 and 2021 (the Tokyo Olympics moved 海の日, スポーツの日 and 山の日).
 */
public final class JapaneseHolidays {
    public static final int FIRST_YEAR = 2007;
    public static final int LAST_YEAR = 2099;

    public static final String SUBSTITUTE = "振替休日";
    public static final String CITIZENS = "国民の休日";

    private static final Map<Integer, NavigableMap<LocalDate, String>> BY_YEAR = new ConcurrentHashMap<>();

    private JapaneseHolidays() {
    }

    /** Whether the day is a national holiday, a substitute holiday or a citizens' holiday. */
    public static boolean isHoliday(LocalDate date) {
        return nameOf(date).isPresent();
    }

    /** The holiday's name, e.g. 「春分の日」, 「振替休日」; empty on an ordinary day. */
    public static Optional<String> nameOf(LocalDate date) {
        return Optional.ofNullable(of(date.getYear()).get(date));
    }

    /** Every holiday of the year in date order, with its name. */
    public static NavigableMap<LocalDate, String> of(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("holidays are computed for " + FIRST_YEAR + "–" + LAST_YEAR
                    + ", not " + year);
        }
        return BY_YEAR.computeIfAbsent(year, y -> Collections.unmodifiableNavigableMap(compute(y)));
    }

    private static NavigableMap<LocalDate, String> compute(int year) {
        // Art. 2: the 祝日 themselves.
        TreeMap<LocalDate, String> days = new TreeMap<>();
        fixed(days, year, 1, 1, "元日");
        days.put(monday(year, 1, 2), "成人の日");
        fixed(days, year, 2, 11, "建国記念の日");
        if (year >= 2020) {
            fixed(days, year, 2, 23, "天皇誕生日");
        } else if (year <= 2018) {
            fixed(days, year, 12, 23, "天皇誕生日");
        }
        days.put(LocalDate.of(year, 3, vernalEquinoxDay(year)), "春分の日");
        fixed(days, year, 4, 29, "昭和の日");
        fixed(days, year, 5, 3, "憲法記念日");
        fixed(days, year, 5, 4, "みどりの日");
        fixed(days, year, 5, 5, "こどもの日");
        days.put(switch (year) {
            case 2020 -> LocalDate.of(2020, 7, 23);
            case 2021 -> LocalDate.of(2021, 7, 22);
            default -> monday(year, 7, 3);
        }, "海の日");
        if (year >= 2016) {
            days.put(switch (year) {
                case 2020 -> LocalDate.of(2020, 8, 10);
                case 2021 -> LocalDate.of(2021, 8, 8);
                default -> LocalDate.of(year, 8, 11);
            }, "山の日");
        }
        days.put(monday(year, 9, 3), "敬老の日");
        days.put(LocalDate.of(year, 9, autumnalEquinoxDay(year)), "秋分の日");
        days.put(switch (year) {
            case 2020 -> LocalDate.of(2020, 7, 24);
            case 2021 -> LocalDate.of(2021, 7, 23);
            default -> monday(year, 10, 2);
        }, year >= 2020 ? "スポーツの日" : "体育の日");
        fixed(days, year, 11, 3, "文化の日");
        fixed(days, year, 11, 23, "勤労感謝の日");
        if (year == 2019) {
            fixed(days, year, 5, 1, "天皇の即位の日");
            fixed(days, year, 10, 22, "即位礼正殿の儀の行われる日");
        }

        // Art. 3(3): a day between two 祝日 is a 国民の休日 (only 祝日 count, not substitute days).
        TreeMap<LocalDate, String> result = new TreeMap<>(days);
        for (LocalDate holiday : days.keySet()) {
            LocalDate between = holiday.plusDays(1);
            if (!days.containsKey(between) && days.containsKey(between.plusDays(1))
                    && between.getDayOfWeek() != DayOfWeek.SUNDAY) {
                result.put(between, CITIZENS);
            }
        }
        // Art. 3(2): a 祝日 on a Sunday moves the rest to the nearest following day that is no holiday.
        for (LocalDate holiday : days.keySet()) {
            if (holiday.getDayOfWeek() == DayOfWeek.SUNDAY) {
                LocalDate next = holiday.plusDays(1);
                while (result.containsKey(next)) {
                    next = next.plusDays(1);
                }
                result.put(next, SUBSTITUTE);
            }
        }
        return result;
    }

    /**
     * 春分日 by the standard formula of the National Astronomical Observatory's almanac (valid 1980–2099):
     * day = ⌊20.8431 + 0.242194 (Y − 1980) − ⌊(Y − 1980) / 4⌋⌋. The Cabinet announces the real day each
     * February; the formula has matched every announcement of this century.
     */
    static int vernalEquinoxDay(int year) {
        return (int) Math.floor(20.8431 + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4.0));
    }

    /** 秋分日 by the same formula with 23.2488. */
    static int autumnalEquinoxDay(int year) {
        return (int) Math.floor(23.2488 + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4.0));
    }

    private static void fixed(Map<LocalDate, String> days, int year, int month, int day, String name) {
        days.put(MonthDay.of(month, day).atYear(year), name);
    }

    /** The n-th Monday of the month: the ハッピーマンデー制度. */
    private static LocalDate monday(int year, int month, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
    }
}
