package jp.konbini.city.rules;

import java.time.LocalDate;

/**
 * 本籍地利用登録: a person whose 本籍 is in the city (whether or not they live here) applies once, with
 * their card, before the kiosk may print their 戸籍. The registration takes effect after a number of
 * 開庁日 (business days, set by the city) for the city to check it against the register, and it is tied
 * to the card's user-authentication certificate, so it lapses when the certificate is renewed.
 *
 * @param businessDays 開庁日 between the application and the first day the kiosk may print
 */
public record HonsekiRegistrationRule(int businessDays) {
    public static final int DEFAULT_BUSINESS_DAYS = 5;

    public HonsekiRegistrationRule {
        if (businessDays < 0) {
            throw new IllegalArgumentException("business days must not be negative: " + businessDays);
        }
    }

    /** The first day the registration is in effect: the application day plus the business days. */
    public LocalDate effectiveOn(LocalDate appliedOn) {
        LocalDate day = appliedOn;
        int counted = 0;
        while (counted < businessDays) {
            day = day.plusDays(1);
            if (ServiceHours.kindOf(day) instanceof DayKind.OfficeOpen) {
                counted++;
            }
        }
        return day;
    }

    public boolean inEffect(LocalDate appliedOn, LocalDate today) {
        return !today.isBefore(effectiveOn(appliedOn));
    }
}
