package jp.konbini.city.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import jp.konbini.protocol.CertificateType;
import jp.konbini.protocol.ErrorCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A person whose 本籍 is in the city but who lives elsewhere: their 戸籍 once the 本籍地利用登録 is in effect,
 * and every residence-based certificate refused as NOT_A_RESIDENT (not as an unknown card).
 */
class LivingElsewhereEligibilityTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Eligibility RULES = Eligibility.withDefaults();

    /** Card linked to their place in a register, registration made a year ago: in effect. */
    private static final ResidentStanding REGISTERED = elsewhere(Optional.of(TODAY.minusYears(1)), true);
    /** Registration made today: not in effect for five 開庁日. */
    private static final ResidentStanding JUST_APPLIED = elsewhere(Optional.of(TODAY), true);
    /** Card linked to their place in a register, no registration made. */
    private static final ResidentStanding NOT_APPLIED = elsewhere(Optional.empty(), true);
    /** Left the register (e.g. by marriage into another 戸籍) after registering. */
    private static final ResidentStanding LEFT = elsewhere(Optional.of(TODAY.minusYears(1)), false);

    private static ResidentStanding elsewhere(Optional<LocalDate> appliedOn, boolean inRegister) {
        return new ResidentStanding(Optional.empty(), false, false, false, Set.of(), appliedOn, inRegister, true);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("registered: 戸籍全部", REGISTERED, CertificateType.KOSEKI_ZENBU, null),
                Arguments.of("registered: 戸籍個人", REGISTERED, CertificateType.KOSEKI_KOJIN, null),
                Arguments.of("registered: 住民票", REGISTERED, CertificateType.JUMINHYO, ErrorCode.NOT_A_RESIDENT),
                Arguments.of("registered: 記載事項", REGISTERED, CertificateType.KISAI_JIKO, ErrorCode.NOT_A_RESIDENT),
                Arguments.of("registered: 印鑑", REGISTERED, CertificateType.INKAN, ErrorCode.NOT_A_RESIDENT),
                Arguments.of("registered: 課税", REGISTERED, CertificateType.SHOTOKU_KAZEI, ErrorCode.NOT_A_RESIDENT),
                Arguments.of("just applied: 戸籍全部", JUST_APPLIED, CertificateType.KOSEKI_ZENBU,
                        ErrorCode.HONSEKI_NOT_REGISTERED),
                Arguments.of("not applied: 戸籍個人", NOT_APPLIED, CertificateType.KOSEKI_KOJIN,
                        ErrorCode.HONSEKI_NOT_REGISTERED),
                Arguments.of("not applied: 住民票", NOT_APPLIED, CertificateType.JUMINHYO, ErrorCode.NOT_A_RESIDENT),
                Arguments.of("left the register: 戸籍全部", LEFT, CertificateType.KOSEKI_ZENBU,
                        ErrorCode.NOT_IN_FAMILY_REGISTER),
                Arguments.of("unknown card: 住民票", new ResidentStanding(Optional.empty(), false, false, false, Set.of(),
                        Optional.empty(), false, false), CertificateType.JUMINHYO, ErrorCode.CARD_UNKNOWN),
                Arguments.of("unknown card: 戸籍全部", new ResidentStanding(Optional.empty(), false, false, false, Set.of(),
                        Optional.empty(), false, false), CertificateType.KOSEKI_ZENBU, ErrorCode.CARD_UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void onlyTheFamilyRegisterIsTheirsHere(String name, ResidentStanding who, CertificateType type, ErrorCode refused) {
        Optional<ErrorCode> code = RULES.check(type, who, TODAY).map(Refusal::code);
        if (refused == null) {
            assertThat(code).as(name).isEmpty();
        } else {
            assertThat(code).as(name).contains(refused);
        }
    }
}
