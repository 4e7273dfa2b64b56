package jp.konbini.city.rules;

import java.time.LocalDate;
import java.util.Optional;
import jp.konbini.protocol.CertificateType;
import jp.konbini.protocol.ErrorCode;

/**
 * 交付の可否: who may get which certificate at a convenience store. One method per certificate family,
 * each a list a clerk can read from top to bottom; the first rule that says no is the answer.
 *
 * @param taxYear the 年度 switch-over of the 所得・課税証明書
 * @param honseki when a 本籍地利用登録 takes effect
 */
public record Eligibility(TaxYearRule taxYear, HonsekiRegistrationRule honseki) {

    public static Eligibility withDefaults() {
        return new Eligibility(new TaxYearRule(TaxYearRule.DEFAULT_SWITCH_OVER),
                new HonsekiRegistrationRule(HonsekiRegistrationRule.DEFAULT_BUSINESS_DAYS));
    }

    /** Empty when the certificate may be issued today; otherwise the reason it may not. */
    public Optional<Refusal> check(CertificateType type, ResidentStanding who, LocalDate today) {
        return switch (type) {
            case JUMINHYO, KISAI_JIKO -> residentRecord(who);
            case INKAN -> residentRecord(who).or(() -> sealRegistration(who));
            case SHOTOKU_KAZEI -> residentRecord(who).or(() -> taxRecord(who, today));
            case KOSEKI_ZENBU, KOSEKI_KOJIN -> familyRegister(who, today);
        };
    }

    /**
     * 住民票の写し, 記載事項証明書 (and the start of 印鑑 and 課税): a live resident of this city. A person whose
     * 本籍 is here but who lives elsewhere is told so (NOT_A_RESIDENT), not that the card is unknown.
     */
    private static Optional<Refusal> residentRecord(ResidentStanding who) {
        if (who.residentStatus().isEmpty()) {
            // 本籍 here, home elsewhere: the 住民票, 印鑑 and 課税 are the home city's to issue
            return who.livesElsewhere()
                    ? refuse(ErrorCode.NOT_A_RESIDENT, "card holder's 本籍 is here but they live elsewhere")
                    : refuse(ErrorCode.CARD_UNKNOWN, "no resident linked to this card");
        }
        // 支援措置 first: whatever else is true, the kiosk must not print for a protected person
        if (who.underSupportMeasure()) {
            return refuse(ErrorCode.SUPPORT_MEASURE, "support measure in force");
        }
        String status = who.residentStatus().get();
        if ("DECEASED".equals(status)) {
            return refuse(ErrorCode.DECEASED, "resident is deceased");
        }
        if ("MOVED_OUT".equals(status)) {
            return refuse(ErrorCode.MOVED_OUT, "resident has moved out");
        }
        if (who.moveOutNotified()) {
            return refuse(ErrorCode.MOVED_OUT, "move-out notified");
        }
        return Optional.empty();
    }

    /** 印鑑登録証明書: only the registered person, with a registration in force. */
    private static Optional<Refusal> sealRegistration(ResidentStanding who) {
        return who.liveSealRegistration() ? Optional.empty()
                : refuse(ErrorCode.NO_SEAL_REGISTRATION, "no seal registration in force");
    }

    /** 所得・課税証明書: an assessment of the latest 年度 exists (the person lived here on 1 January). */
    private Optional<Refusal> taxRecord(ResidentStanding who, LocalDate today) {
        int year = taxYear.latestFiscalYear(today);
        return who.taxYears().contains(year) ? Optional.empty()
                : refuse(ErrorCode.NO_TAX_RECORD, "no assessment for fiscal year " + year);
    }

    /** 戸籍全部・個人事項証明書: a 本籍地利用登録 in effect, for a person still in the register. */
    private Optional<Refusal> familyRegister(ResidentStanding who, LocalDate today) {
        if (who.underSupportMeasure()) {
            return refuse(ErrorCode.SUPPORT_MEASURE, "support measure in force");
        }
        if (who.residentStatus().filter("DECEASED"::equals).isPresent()) {
            return refuse(ErrorCode.DECEASED, "resident is deceased");
        }
        if (who.honsekiAppliedOn().isEmpty() && who.residentStatus().isEmpty() && !who.livesElsewhere()) {
            return refuse(ErrorCode.CARD_UNKNOWN, "card neither linked to a resident nor registered for 本籍地 use");
        }
        if (!who.inFamilyRegister()) {
            return refuse(ErrorCode.NOT_IN_FAMILY_REGISTER, "not a member of a family register of this city");
        }
        if (who.honsekiAppliedOn().isEmpty()) {
            return refuse(ErrorCode.HONSEKI_NOT_REGISTERED, "no 本籍地利用登録 with this card's certificate");
        }
        if (!honseki.inEffect(who.honsekiAppliedOn().get(), today)) {
            return refuse(ErrorCode.HONSEKI_NOT_REGISTERED, "本籍地利用登録 in effect from "
                    + honseki.effectiveOn(who.honsekiAppliedOn().get()));
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(ErrorCode code, String detail) {
        return Optional.of(new Refusal(code, detail));
    }
}
