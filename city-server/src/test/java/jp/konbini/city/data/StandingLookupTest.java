package jp.konbini.city.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import jp.konbini.city.rules.Eligibility;
import jp.konbini.city.rules.Refusal;
import jp.konbini.city.rules.ResidentStanding;
import jp.konbini.protocol.CertificateType;
import jp.konbini.protocol.ErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules' facts as the V3 tables hold them, judged end to end (H2, or PostgreSQL with -Dkonbini.test.postgres). */
class StandingLookupTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final String CARD_A = "a".repeat(64);
    private static final String CARD_B = "b".repeat(64);
    private static final String CARD_C = "c".repeat(64);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    @TempDir
    Path dir;
    private TestDatabase testDatabase;
    private CityDatabase db;
    private Fixtures fixtures;
    private StandingLookup lookup;
    private final Eligibility rules = Eligibility.withDefaults();

    @BeforeEach
    void city() throws SQLException {
        testDatabase = TestDatabase.fresh(dir);
        db = testDatabase.open();
        fixtures = new Fixtures(db);
        lookup = new StandingLookup(db);
        fixtures.household(1, "秋田市山王一丁目1番1号");
        fixtures.resident(1, 1, "秋田", "太郎", LocalDate.of(1980, 5, 1), "男", "世帯主", "ACTIVE");
        fixtures.resident(2, 1, "秋田", "花子", LocalDate.of(1982, 7, 7), "女", "妻", "ACTIVE");
        fixtures.head(1, 1);
        fixtures.card(CARD_A, 1);
        fixtures.card(CARD_B, 2);
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
        testDatabase.close();
    }

    private Optional<ErrorCode> judge(CertificateType type, String card) {
        Optional<ResidentRecord> resident = new ResidentDirectory(db).findByCard(card);
        ResidentStanding standing = lookup.standing(card, resident, TODAY);
        return rules.check(type, standing, TODAY).map(Refusal::code);
    }

    @Test
    void aPlainResidentGetsAJuminhyoButNoSealOrTaxOrKoseki() {
        assertThat(judge(CertificateType.JUMINHYO, CARD_A)).isEmpty();
        assertThat(judge(CertificateType.INKAN, CARD_A)).contains(ErrorCode.NO_SEAL_REGISTRATION);
        assertThat(judge(CertificateType.SHOTOKU_KAZEI, CARD_A)).contains(ErrorCode.NO_TAX_RECORD);
        assertThat(judge(CertificateType.KOSEKI_ZENBU, CARD_A)).contains(ErrorCode.NOT_IN_FAMILY_REGISTER);
        assertThat(judge(CertificateType.JUMINHYO, CARD_C)).contains(ErrorCode.CARD_UNKNOWN);
    }

    @Test
    void aSupportMeasureInForceRefusesAndALapsedOneDoesNot() throws SQLException {
        fixtures.update("INSERT INTO support_measure (resident_id, starts_on, ends_on) VALUES (?, ?, ?)",
                2L, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        assertThat(judge(CertificateType.JUMINHYO, CARD_B)).isEmpty();
        fixtures.update("INSERT INTO support_measure (resident_id, starts_on, ends_on) VALUES (?, ?, NULL)",
                2L, LocalDate.of(2026, 11, 1));
        assertThat(judge(CertificateType.JUMINHYO, CARD_B)).contains(ErrorCode.SUPPORT_MEASURE);
        assertThat(judge(CertificateType.JUMINHYO, CARD_A)).isEmpty();
    }

    @Test
    void aFiledMoveOutRefuses() throws SQLException {
        fixtures.update("INSERT INTO move_out_notice (resident_id, notified_on, planned_on, destination)"
                + " VALUES (?, ?, ?, ?)", 1L, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 10), "東京都千代田区");
        assertThat(judge(CertificateType.JUMINHYO, CARD_A)).contains(ErrorCode.MOVED_OUT);
    }

    @Test
    void onlyALiveSealRegistrationCounts() throws SQLException {
        fixtures.update("INSERT INTO seal_impression (sha256, png) VALUES (?, ?)", "d".repeat(64), PNG);
        fixtures.update("INSERT INTO seal_registration (registration_number, resident_id, registered_on, status,"
                + " abolished_on, impression_sha256) VALUES (?, ?, ?, 'ABOLISHED', ?, ?)",
                "A-1", 1L, LocalDate.of(2010, 1, 5), LocalDate.of(2020, 1, 5), "d".repeat(64));
        assertThat(judge(CertificateType.INKAN, CARD_A)).contains(ErrorCode.NO_SEAL_REGISTRATION);
        fixtures.update("INSERT INTO seal_registration (registration_number, resident_id, registered_on, status,"
                + " impression_sha256) VALUES (?, ?, ?, 'ACTIVE', ?)", "A-2", 1L, LocalDate.of(2020, 1, 6),
                "d".repeat(64));
        assertThat(judge(CertificateType.INKAN, CARD_A)).isEmpty();
    }

    @Test
    void theLatestTaxYearMustBeAssessed() throws SQLException {
        fixtures.update("INSERT INTO tax_assessment VALUES (?, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)", 1L, 2025);
        assertThat(judge(CertificateType.SHOTOKU_KAZEI, CARD_A)).contains(ErrorCode.NO_TAX_RECORD);
        fixtures.update("INSERT INTO tax_assessment VALUES (?, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)", 1L, 2026);
        assertThat(judge(CertificateType.SHOTOKU_KAZEI, CARD_A)).isEmpty();
    }

    @Test
    void kosekiNeedsARegistrationInEffectMadeWithThisVeryCertificate() throws SQLException {
        fixtures.update("INSERT INTO family_register VALUES (1, '秋田市山王一丁目1番', '秋田 太郎', ?, '婚姻')",
                LocalDate.of(2008, 6, 1));
        fixtures.update("INSERT INTO family_register_member (register_id, seq, resident_id, family_name, given_name,"
                + " date_of_birth, sex, relationship, spouse, entered_on, entered_reason)"
                + " VALUES (1, 1, 1, '秋田', '太郎', ?, '男', '長男', 1, ?, '婚姻')",
                LocalDate.of(1980, 5, 1), LocalDate.of(2008, 6, 1));
        assertThat(judge(CertificateType.KOSEKI_ZENBU, CARD_A)).contains(ErrorCode.HONSEKI_NOT_REGISTERED);

        fixtures.update("INSERT INTO honseki_registration VALUES (?, 1, 1, ?)", CARD_A, LocalDate.of(2026, 11, 30));
        assertThat(judge(CertificateType.KOSEKI_ZENBU, CARD_A)).contains(ErrorCode.HONSEKI_NOT_REGISTERED);

        fixtures.update("UPDATE honseki_registration SET applied_on = ?", LocalDate.of(2026, 4, 1));
        assertThat(judge(CertificateType.KOSEKI_ZENBU, CARD_A)).isEmpty();
        assertThat(judge(CertificateType.KOSEKI_KOJIN, CARD_A)).isEmpty();
        assertThat(lookup.registrationOf(CARD_A)).contains(new Recipient.RegisterMember(1, 1));

        // the card's certificate was renewed: the new certificate carries no registration
        fixtures.update("INSERT INTO card_link (certificate_sha256, resident_id, linked_on) VALUES (?, 1, ?)",
                CARD_C, TODAY);
        assertThat(judge(CertificateType.KOSEKI_ZENBU, CARD_C)).contains(ErrorCode.HONSEKI_NOT_REGISTERED);

        // 除籍 (left the register) after registering
        fixtures.update("UPDATE family_register_member SET left_on = ?, left_reason = '分籍'", LocalDate.of(2026, 11, 1));
        assertThat(judge(CertificateType.KOSEKI_ZENBU, CARD_A)).contains(ErrorCode.NOT_IN_FAMILY_REGISTER);
    }
}
