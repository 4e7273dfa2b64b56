package jp.konbini.city.rules;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * What the rules need to know about the person holding the card, read from the city's records at the
 * moment of the request. Facts only; the judgement is in {@link Eligibility}.
 *
 * @param residentStatus      the 住民記録 status (ACTIVE, MOVED_OUT, DECEASED) of the resident the card is
 *                            linked to; empty when the card holder is no resident of this city (they may
 *                            still hold their 本籍 here)
 * @param underSupportMeasure a 支援措置 (DV・ストーカー・児童虐待等支援措置) is in force for them
 * @param moveOutNotified     a 転出届 is filed and the move not yet done
 * @param liveSealRegistration a 印鑑登録 in force (not abolished)
 * @param taxYears            the 年度 for which the city holds a tax assessment of them
 * @param honsekiAppliedOn    when the 本籍地利用登録 was made with this card's certificate; empty when none
 *                            was (or it was made with a certificate since renewed, which does not carry it)
 * @param inFamilyRegister    the person is a current member (not 除籍) of a 戸籍 of this city: the member
 *                            the 本籍地利用登録 names, or else the member the card is linked to, or else
 *                            the resident's own entry
 * @param livesElsewhere      the card holder is no resident here but a person of a 戸籍 kept here (linked to
 *                            their place in the register, or holding a 本籍地利用登録): only 戸籍 certificates
 */
public record ResidentStanding(
        Optional<String> residentStatus,
        boolean underSupportMeasure,
        boolean moveOutNotified,
        boolean liveSealRegistration,
        Set<Integer> taxYears,
        Optional<LocalDate> honsekiAppliedOn,
        boolean inFamilyRegister,
        boolean livesElsewhere) {

    public ResidentStanding {
        taxYears = Set.copyOf(taxYears);
    }

    /** A resident with a clean record and nothing else: the start of most test cases. */
    public static ResidentStanding activeResident() {
        return new ResidentStanding(Optional.of("ACTIVE"), false, false, false, Set.of(), Optional.empty(), false, false);
    }
}
