package jp.konbini.city.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCityTest {

    private static final List<String> CARDS = IntStream.range(0, 5)
            .mapToObj(i -> String.format("%064x", i + 1)).toList();

    @TempDir
    Path dir;

    @Test
    void seedsExactlyTheResidentsAskedForAndLinksEveryCard() throws SQLException {
        try (TestDatabase fresh = TestDatabase.fresh(dir); CityDatabase db = fresh.open()) {
            SeedSummary summary = SyntheticCity.seed(db, 2_000, 52019L, CARDS);

            assertThat(summary.residents()).isEqualTo(2_000);
            assertThat(summary.cardsLinked()).isEqualTo(CARDS.size());
            assertThat(count(db, "SELECT COUNT(*) FROM resident")).isEqualTo(2_000);
            assertThat(count(db, "SELECT COUNT(*) FROM household")).isEqualTo(summary.households());
            assertThat(count(db, "SELECT COUNT(*) FROM card_link")).isEqualTo(CARDS.size());
            // sizes 1 to 6 average a little over 2
            assertThat(summary.households()).isBetween(600, 1_200);
        }
    }

    @Test
    void theSameSeedGivesTheSameCityAndAnotherSeedAnotherCity() throws SQLException {
        List<String> first;
        List<String> second;
        List<String> other;
        try (TestDatabase fresh = TestDatabase.fresh(dir); CityDatabase db = fresh.open()) {
            SyntheticCity.seed(db, 500, 7L, CARDS);
            first = dump(db);
        }
        try (TestDatabase fresh = TestDatabase.fresh(dir); CityDatabase db = fresh.open()) {
            SyntheticCity.seed(db, 500, 7L, CARDS);
            second = dump(db);
        }
        try (TestDatabase fresh = TestDatabase.fresh(dir); CityDatabase db = fresh.open()) {
            SyntheticCity.seed(db, 500, 8L, CARDS);
            other = dump(db);
        }

        assertThat(second).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void everyHouseholdHasAnAdultHeadLivingInAkitaCity() throws SQLException {
        try (TestDatabase fresh = TestDatabase.fresh(dir); CityDatabase db = fresh.open()) {
            SyntheticCity.seed(db, 3_000, 1L, List.of());

            assertThat(count(db, "SELECT COUNT(*) FROM household WHERE head_resident_id IS NULL")).isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM household WHERE address NOT LIKE '秋田市%'")).isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM household h JOIN resident r ON r.id = h.head_resident_id"
                    + " WHERE r.relationship_to_head <> '世帯主' OR r.status <> 'ACTIVE'"
                    + " OR r.date_of_birth > DATE '2008-04-01'")).isZero();
        }
    }

    @Test
    void aYokoteCityLivesInYokoteWasBornThereAndMovedInFromElsewhere() throws SQLException {
        try (TestDatabase fresh = TestDatabase.fresh(dir); CityDatabase db = fresh.open()) {
            SyntheticCity.seed(db, SyntheticMunicipality.YOKOTE, 3_000, 1L, List.of());

            assertThat(count(db, "SELECT COUNT(*) FROM household")).isPositive();
            assertThat(count(db, "SELECT COUNT(*) FROM household WHERE address NOT LIKE '横手市%'")).isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM family_register WHERE honseki LIKE '秋田市%'")).isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM family_register_event WHERE kind = '出生'"
                    + " AND details <> '【出生地】秋田県横手市'")).isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM family_register_event WHERE kind = '出生'")).isPositive();
            // moved in from elsewhere: never from 横手市 itself
            assertThat(count(db, "SELECT COUNT(*) FROM resident WHERE previous_address LIKE '秋田県横手市%'")).isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM resident WHERE previous_address LIKE '秋田県%'")).isPositive();
        }
    }

    @Test
    void anUnknownCityCodeHasNoSyntheticCity() {
        assertThatThrownBy(() -> SyntheticMunicipality.ofCode("131016"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("052019 秋田市");
    }

    @Test
    void childrenAreYoungerThanTheHeadAndNobodyIsResidentBeforeBirth() throws SQLException {
        try (TestDatabase fresh = TestDatabase.fresh(dir); CityDatabase db = fresh.open()) {
            SyntheticCity.seed(db, 3_000, 2L, List.of());

            assertThat(count(db, "SELECT COUNT(*) FROM resident c JOIN household h ON h.id = c.household_id"
                    + " JOIN resident head ON head.id = h.head_resident_id"
                    + " WHERE c.relationship_to_head = '子' AND c.date_of_birth <= head.date_of_birth")).isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM resident c JOIN household h ON h.id = c.household_id"
                    + " JOIN resident head ON head.id = h.head_resident_id"
                    + " WHERE c.relationship_to_head IN ('父', '母') AND c.date_of_birth >= head.date_of_birth"))
                    .isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM resident WHERE became_resident_on < date_of_birth"
                    + " OR address_notified_on < address_set_on")).isZero();
            assertThat(count(db, "SELECT COUNT(*) FROM resident WHERE address_set_on IS NOT NULL"
                    + " AND previous_address IS NULL")).isZero();
        }
    }

    @Test
    void cardsGoToHouseholdHeadsFirst() throws SQLException {
        try (TestDatabase fresh = TestDatabase.fresh(dir); CityDatabase db = fresh.open()) {
            SyntheticCity.seed(db, 1_000, 3L, CARDS);
            ResidentDirectory directory = new ResidentDirectory(db);

            for (String card : CARDS) {
                ResidentRecord holder = directory.findByCard(card).orElseThrow();
                assertThat(holder.relationshipToHead()).isEqualTo("世帯主");
                assertThat(holder.status()).isEqualTo("ACTIVE");
            }
            assertThat(directory.findByCard(CARDS.get(0)).orElseThrow().householdId()).isEqualTo(1);
        }
    }

    @Test
    void namesHaveKatakanaReadings() throws SQLException {
        try (TestDatabase fresh = TestDatabase.fresh(dir); CityDatabase db = fresh.open()) {
            SyntheticCity.seed(db, 500, 4L, List.of());

            for (String kana : strings(db, "SELECT family_name_kana || given_name_kana FROM resident")) {
                assertThat(kana).matches("[\\u30A1-\\u30FC]+");
            }
        }
    }

    @Test
    void aCityAlreadySeededIsNotSeededAgain() throws SQLException {
        try (TestDatabase fresh = TestDatabase.fresh(dir); CityDatabase db = fresh.open()) {
            SyntheticCity.seed(db, 10, 5L, List.of());

            assertThatThrownBy(() -> SyntheticCity.seed(db, 10, 5L, List.of()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already has 10 residents");
        }
    }

    private static List<String> dump(CityDatabase db) throws SQLException {
        List<String> rows = new ArrayList<>();
        rows.addAll(strings(db, "SELECT id || '|' || address || '|' || head_resident_id FROM household ORDER BY id"));
        rows.addAll(strings(db, "SELECT id || '|' || household_id || '|' || family_name || given_name || '|'"
                + " || family_name_kana || given_name_kana || '|' || date_of_birth || '|' || sex || '|'"
                + " || relationship_to_head || '|' || became_resident_on || '|' || COALESCE(CAST(address_set_on AS VARCHAR(10)), '-')"
                + " || '|' || COALESCE(previous_address, '-') || '|' || status FROM resident ORDER BY id"));
        rows.addAll(strings(db, "SELECT certificate_sha256 || '|' || resident_id FROM card_link ORDER BY certificate_sha256"));
        return rows;
    }

    private static long count(CityDatabase db, String sql) throws SQLException {
        return Long.parseLong(strings(db, sql).get(0));
    }

    private static List<String> strings(CityDatabase db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = db.connection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
