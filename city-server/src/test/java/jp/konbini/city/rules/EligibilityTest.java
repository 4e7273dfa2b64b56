package jp.konbini.city.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.Set;
import jp.konbini.protocol.CertificateType;
import jp.konbini.protocol.ErrorCode;
import org.junit.jupiter.api.Test;

/** Each refusal with its own code, and the ordinary cases that pass. */
class EligibilityTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private final Eligibility rules = Eligibility.withDefaults();
    private final ResidentStanding clean = ResidentStanding.activeResident();

    private Optional<ErrorCode> code(CertificateType type, ResidentStanding who) {
        return rules.check(type, who, TODAY).map(Refusal::code);
    }

    private static ResidentStanding with(String status, boolean support, boolean moveNotified, boolean seal,
                                         Set<Integer> taxYears, Optional<LocalDate> honseki, boolean inRegister) {
        return new ResidentStanding(Optional.ofNullable(status), support, moveNotified, seal, taxYears, honseki,
                inRegister, status == null && honseki.isPresent());
    }

    @Test
    void aLiveResidentGetsTheirJuminhyo() {
        assertThat(code(CertificateType.JUMINHYO, clean)).isEmpty();
        assertThat(code(CertificateType.KISAI_JIKO, clean)).isEmpty();
    }

    @Test
    void supportMeasureRefusesEveryTypeWithItsOwnCode() {
        ResidentStanding protectedPerson = with("ACTIVE", true, false, true, Set.of(2026),
                Optional.of(LocalDate.of(2025, 1, 6)), true);
        for (CertificateType type : CertificateType.values()) {
            assertThat(code(type, protectedPerson)).as(type.cliName()).contains(ErrorCode.SUPPORT_MEASURE);
        }
    }

    @Test
    void movedOutOrFiledToMoveIsRefused() {
        assertThat(code(CertificateType.JUMINHYO, with("MOVED_OUT", false, false, false, Set.of(), Optional.empty(), false)))
                .contains(ErrorCode.MOVED_OUT);
        assertThat(code(CertificateType.JUMINHYO, with("ACTIVE", false, true, false, Set.of(), Optional.empty(), false)))
                .contains(ErrorCode.MOVED_OUT);
    }

    @Test
    void deceasedIsRefused() {
        ResidentStanding dead = with("DECEASED", false, false, true, Set.of(2026), Optional.of(LocalDate.of(2020, 1, 6)), true);
        assertThat(code(CertificateType.JUMINHYO, dead)).contains(ErrorCode.DECEASED);
        assertThat(code(CertificateType.KOSEKI_ZENBU, dead)).contains(ErrorCode.DECEASED);
    }

    @Test
    void sealCertificateNeedsALiveRegistration() {
        assertThat(code(CertificateType.INKAN, clean)).contains(ErrorCode.NO_SEAL_REGISTRATION);
        assertThat(code(CertificateType.INKAN, with("ACTIVE", false, false, true, Set.of(), Optional.empty(), false)))
                .isEmpty();
    }

    @Test
    void taxCertificateNeedsTheLatestYearsAssessment() {
        assertThat(code(CertificateType.SHOTOKU_KAZEI, with("ACTIVE", false, false, false, Set.of(2025), Optional.empty(), false)))
                .contains(ErrorCode.NO_TAX_RECORD);
        assertThat(code(CertificateType.SHOTOKU_KAZEI, with("ACTIVE", false, false, false, Set.of(2026), Optional.empty(), false)))
                .isEmpty();
    }

    @Test
    void theTaxYearSwitchesOnTheConfiguredJuneDay() {
        TaxYearRule rule = new TaxYearRule(MonthDay.of(6, 10));
        assertThat(rule.latestFiscalYear(LocalDate.of(2026, 6, 9))).isEqualTo(2025);
        assertThat(rule.latestFiscalYear(LocalDate.of(2026, 6, 10))).isEqualTo(2026);
        assertThat(rule.latestFiscalYear(LocalDate.of(2026, 1, 5))).isEqualTo(2025);
    }

    @Test
    void familyRegisterRefusals() {
        // a resident whose 本籍 is elsewhere
        assertThat(code(CertificateType.KOSEKI_ZENBU, clean)).contains(ErrorCode.NOT_IN_FAMILY_REGISTER);
        // 本籍 here but never registered for 本籍地 use
        assertThat(code(CertificateType.KOSEKI_KOJIN, with("ACTIVE", false, false, false, Set.of(), Optional.empty(), true)))
                .contains(ErrorCode.HONSEKI_NOT_REGISTERED);
        // registered yesterday: not yet in effect
        assertThat(code(CertificateType.KOSEKI_KOJIN,
                with("ACTIVE", false, false, false, Set.of(), Optional.of(TODAY.minusDays(1)), true)))
                .contains(ErrorCode.HONSEKI_NOT_REGISTERED);
        // a card known to neither record
        assertThat(code(CertificateType.KOSEKI_ZENBU, with(null, false, false, false, Set.of(), Optional.empty(), false)))
                .contains(ErrorCode.CARD_UNKNOWN);
        // 本籍 here, lives elsewhere, registered long ago: issued; moving out does not matter for 戸籍
        assertThat(code(CertificateType.KOSEKI_ZENBU,
                with(null, false, false, false, Set.of(), Optional.of(LocalDate.of(2025, 4, 1)), true))).isEmpty();
        assertThat(code(CertificateType.KOSEKI_ZENBU,
                with("MOVED_OUT", false, false, false, Set.of(), Optional.of(LocalDate.of(2025, 4, 1)), true))).isEmpty();
    }

    @Test
    void honsekiRegistrationCountsOnlyOfficeOpenDays() {
        HonsekiRegistrationRule rule = new HonsekiRegistrationRule(5);
        // applied Friday 2026-12-25; 12/28 is open, 12/29–1/3 closed, 1/4–1/7 open: the 5th open day is 1/7
        assertThat(rule.effectiveOn(LocalDate.of(2026, 12, 25))).isEqualTo(LocalDate.of(2027, 1, 7));
        // applied Friday 2026-10-09; Monday 10/12 is スポーツの日: 10/13..10/16, 10/19
        assertThat(rule.effectiveOn(LocalDate.of(2026, 10, 9))).isEqualTo(LocalDate.of(2026, 10, 19));
        assertThat(rule.inEffect(LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 16))).isFalse();
        assertThat(rule.inEffect(LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 19))).isTrue();
    }

    @Test
    void everyRefusalCodeHasAJapaneseLineForTheKiosk() {
        for (ErrorCode code : new ErrorCode[] {ErrorCode.SUPPORT_MEASURE, ErrorCode.MOVED_OUT, ErrorCode.DECEASED,
                ErrorCode.NO_SEAL_REGISTRATION, ErrorCode.NO_TAX_RECORD, ErrorCode.NOT_IN_FAMILY_REGISTER,
                ErrorCode.HONSEKI_NOT_REGISTERED}) {
            assertThat(code.japanese()).as(code.name()).isNotBlank().doesNotContain("DV");
            assertThat(code.retryable()).as(code.name()).isFalse();
        }
        // the screen must not reveal a protection measure to someone looking over the shoulder
        assertThat(ErrorCode.SUPPORT_MEASURE.japanese()).doesNotContain("支援措置");
    }
}
