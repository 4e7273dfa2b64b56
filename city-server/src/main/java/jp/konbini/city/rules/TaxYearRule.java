package jp.konbini.city.rules;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * 所得・課税証明書 shows the latest 年度 (fiscal year) only. The assessment of 年度 Y (income of Y − 1) is
 * decided in late May and sent out in June, so until the city's switch-over day in June the latest
 * printable 年度 is still Y − 1.
 *
 * @param switchOver the day (in June, by the city's settings) from which 年度 Y is printed in year Y
 */
public record TaxYearRule(MonthDay switchOver) {
    public static final MonthDay DEFAULT_SWITCH_OVER = MonthDay.of(6, 1);

    public TaxYearRule {
        Objects.requireNonNull(switchOver, "switchOver");
    }

    /** The 年度 a certificate issued on this day shows. */
    public int latestFiscalYear(LocalDate today) {
        return MonthDay.from(today).isBefore(switchOver) ? today.getYear() - 1 : today.getYear();
    }
}
