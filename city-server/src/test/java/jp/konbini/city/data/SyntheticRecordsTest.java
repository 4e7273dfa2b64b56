package jp.konbini.city.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import jp.konbini.city.rules.Eligibility;
import jp.konbini.protocol.CertificateType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The records beside the residents in a seeded city: plausible, consistent, and kind to card holders. */
class SyntheticRecordsTest {
    private static final List<String> CARDS = IntStream.range(0, 20)
            .mapToObj(i -> String.format("%064x", i + 1)).toList();
    @TempDir
    static Path dir;
    private static TestDatabase testDatabase;
    private static CityDatabase db;
    private static SeedSummary summary;

    @BeforeAll
    static void seed() throws SQLException {
        testDatabase = TestDatabase.fresh(dir);
        db = testDatabase.open();
        summary = SyntheticCity.seed(db, 6_000, 7L, CARDS);
    }

    @AfterAll
    static void close() throws SQLException {
        db.close();
        testDatabase.close();
    }

    @Test
    void theSummaryCountsWhatIsStored() throws SQLException {
        assertThat(count("SELECT COUNT(*) FROM foreign_resident")).isEqualTo(summary.foreignResidents()).isPositive();
        assertThat(count("SELECT COUNT(*) FROM seal_registration")).isEqualTo(summary.sealRegistrations());
        assertThat(count("SELECT COUNT(*) FROM tax_assessment")).isEqualTo(summary.taxAssessments());
        assertThat(count("SELECT COUNT(*) FROM family_register")).isEqualTo(summary.familyRegisters());
        // about half the adults have a seal; distinct impressions are stored once
        assertThat(summary.sealRegistrations()).isBetween(1_500, 3_500);
        assertThat(count("SELECT COUNT(*) FROM seal_impression")).isLessThan(summary.sealRegistrations());
        assertThat(count("SELECT COUNT(*) FROM support_measure")).isPositive();
    }

    @Test
    void foreignResidentsHaveTheirOwnItemsAndNoFamilyRegister() throws SQLException {
        assertThat(count("SELECT COUNT(*) FROM foreign_resident f JOIN family_register_member m"
                + " ON m.resident_id = f.resident_id")).isZero();
        assertThat(count("SELECT COUNT(*) FROM foreign_resident WHERE category = '中長期在留者'"
                + " AND (residence_status IS NULL OR LENGTH(card_number) <> 12)")).isZero();
    }

    @Test
    void familyRegistersSpanTwoGenerations() throws SQLException {
        // a head who left the parents' register by marriage and heads their own
        assertThat(count("SELECT COUNT(*) FROM family_register_member m WHERE m.left_reason = '婚姻'")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM family_register_member m WHERE m.left_on IS NULL"
                + " AND NOT EXISTS (SELECT 1 FROM family_register_event e WHERE e.register_id = m.register_id"
                + " AND e.seq = m.seq AND e.kind = '出生')")).isZero();
        assertThat(count("SELECT COUNT(*) FROM family_register_event WHERE kind = '婚姻'")).isPositive();
    }

    @Test
    void taxIsAssessedOnlyForThoseWhoLivedHereOnTheFirstOfJanuary() throws SQLException {
        assertThat(count("SELECT COUNT(*) FROM tax_assessment t JOIN resident r ON r.id = t.resident_id"
                + " WHERE r.became_resident_on > CAST(CONCAT(CAST(t.fiscal_year AS VARCHAR(4)), '-01-01') AS DATE)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM tax_assessment WHERE fiscal_year = 2026")).isPositive();
    }

    @Test
    void cardHoldersMayGetEveryCertificateTheirRecordsAllow() {
        ResidentDirectory directory = new ResidentDirectory(db);
        StandingLookup lookup = new StandingLookup(db);
        LocalDate day = LocalDate.of(2026, 7, 1);
        int kosekiOk = 0;
        for (String card : CARDS) {
            Optional<ResidentRecord> holder = directory.findByCard(card);
            var standing = lookup.standing(card, holder, day);
            assertThat(standing.underSupportMeasure()).isFalse();
            assertThat(standing.moveOutNotified()).isFalse();
            assertThat(Eligibility.withDefaults().check(CertificateType.JUMINHYO, standing, day)).isEmpty();
            if (Eligibility.withDefaults().check(CertificateType.KOSEKI_ZENBU, standing, day).isEmpty()) {
                kosekiOk++;
            }
        }
        assertThat(kosekiOk).isGreaterThan(CARDS.size() / 2);
    }

    private static long count(String sql) throws SQLException {
        try (Connection connection = db.connection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
