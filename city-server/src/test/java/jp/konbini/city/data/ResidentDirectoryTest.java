package jp.konbini.city.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResidentDirectoryTest {

    private static final String TARO_CARD = "ab".repeat(32);
    private static final String CHILD_CARD = "cd".repeat(32);

    @TempDir
    Path dir;
    private TestDatabase testDatabase;
    private CityDatabase db;
    private ResidentDirectory directory;

    /** 秋田 太郎 heads a household with his father, his wife, a child, and a son who moved out. */
    @BeforeEach
    void aHousehold() throws SQLException {
        testDatabase = TestDatabase.fresh(dir);
        db = testDatabase.open();
        directory = new ResidentDirectory(db);
        Fixtures fixtures = new Fixtures(db);
        fixtures.household(10, "秋田市山王一丁目1番1号");
        fixtures.resident(101, 10, "秋田", "花子", LocalDate.of(1982, 3, 3), "女", "妻", "ACTIVE");
        fixtures.resident(102, 10, "秋田", "一郎", LocalDate.of(2010, 5, 5), "男", "子", "ACTIVE");
        fixtures.resident(103, 10, "秋田", "次郎", LocalDate.of(2008, 1, 1), "男", "子", "MOVED_OUT");
        fixtures.resident(104, 10, "秋田", "太郎", LocalDate.of(1980, 2, 2), "男", "世帯主", "ACTIVE");
        fixtures.resident(105, 10, "秋田", "清", LocalDate.of(1950, 6, 6), "男", "父", "ACTIVE");
        fixtures.head(10, 104);
        fixtures.card(TARO_CARD, 104);
        fixtures.card(CHILD_CARD, 102);
        fixtures.household(20, "秋田市中通二丁目3番4号");
        fixtures.resident(201, 20, "大町", "節子", LocalDate.of(1940, 7, 7), "女", "世帯主", "ACTIVE");
        fixtures.head(20, 201);
    }

    @AfterEach
    void closeDatabase() throws SQLException {
        db.close();
        testDatabase.close();
    }

    @Test
    void findsTheResidentTheCardIsLinkedTo() {
        ResidentRecord taro = directory.findByCard(TARO_CARD).orElseThrow();

        assertThat(taro.id()).isEqualTo(104);
        assertThat(taro.fullName()).isEqualTo("秋田 太郎");
        assertThat(taro.dateOfBirth()).isEqualTo(LocalDate.of(1980, 2, 2));
        assertThat(taro.relationshipToHead()).isEqualTo("世帯主");
        assertThat(taro.status()).isEqualTo("ACTIVE");
    }

    @Test
    void acceptsTheDigestInUpperCase() {
        assertThat(directory.findByCard(TARO_CARD.toUpperCase())).map(ResidentRecord::id).contains(104L);
    }

    @Test
    void anUnlinkedCardFindsNobody() {
        assertThat(directory.findByCard("ef".repeat(32))).isEmpty();
    }

    @Test
    void aMalformedDigestIsACallersBug() {
        assertThatThrownBy(() -> directory.findByCard("not-a-digest"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theHouseholdListsTheHeadFirstThenTheOthersByBirthDate() {
        ResidentRecord child = directory.findByCard(CHILD_CARD).orElseThrow();

        Household household = directory.householdOf(child);

        assertThat(household.address()).isEqualTo("秋田市山王一丁目1番1号");
        assertThat(household.head().fullName()).isEqualTo("秋田 太郎");
        assertThat(household.members()).extracting(ResidentRecord::givenName)
                .containsExactly("太郎", "清", "花子", "一郎");
    }

    @Test
    void aMemberWhoMovedOutIsNotInTheHousehold() {
        Household household = directory.householdOf(directory.findByCard(TARO_CARD).orElseThrow());

        assertThat(household.members()).extracting(ResidentRecord::id).doesNotContain(103L);
    }

    @Test
    void aHouseholdOfOneIsItsHead() {
        ResidentRecord setsuko = new ResidentRecord(201, 20, "大町", "節子", "カナ", "カナ", LocalDate.of(1940, 7, 7),
                "女", "世帯主", LocalDate.of(1940, 7, 7), null, null, null, "ACTIVE");

        Household household = directory.householdOf(setsuko);

        assertThat(household.head()).isEqualTo(setsuko);
        assertThat(household.members()).containsExactly(setsuko);
    }
}
