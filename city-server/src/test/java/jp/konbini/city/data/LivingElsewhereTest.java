package jp.konbini.city.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import jp.konbini.city.rules.Eligibility;
import jp.konbini.city.rules.Refusal;
import jp.konbini.city.rules.ResidentStanding;
import jp.konbini.protocol.CertificateType;
import jp.konbini.protocol.ErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Persons whose 本籍 is here but who live in another city (V6), as a seeded city holds them: their card is
 * linked to their place in the 戸籍, their 戸籍 is theirs to get, every residence-based certificate is refused as
 * NOT_A_RESIDENT, and the ledger records who got a document without a resident row. H2, or PostgreSQL with
 * {@code -Dkonbini.test.postgres}.
 */
class LivingElsewhereTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final List<String> RESIDENT_CARDS = cards(1, 3);
    private static final List<String> ELSEWHERE_CARDS = cards(101, 4);

    /** What each certificate type gives a person living elsewhere with a 本籍地利用登録 in effect. */
    private static final List<Object[]> EXPECTED = List.of(
            new Object[] {CertificateType.KOSEKI_ZENBU, null},
            new Object[] {CertificateType.KOSEKI_KOJIN, null},
            new Object[] {CertificateType.JUMINHYO, ErrorCode.NOT_A_RESIDENT},
            new Object[] {CertificateType.KISAI_JIKO, ErrorCode.NOT_A_RESIDENT},
            new Object[] {CertificateType.INKAN, ErrorCode.NOT_A_RESIDENT},
            new Object[] {CertificateType.SHOTOKU_KAZEI, ErrorCode.NOT_A_RESIDENT});

    @TempDir
    Path dir;
    private TestDatabase testDatabase;
    private CityDatabase db;
    private SeedSummary summary;

    @BeforeEach
    void seededCity() throws SQLException {
        testDatabase = TestDatabase.fresh(dir);
        db = testDatabase.open();
        summary = SyntheticCity.seed(db, 3_000, 52019L, RESIDENT_CARDS, ELSEWHERE_CARDS, name -> name.getBytes(StandardCharsets.UTF_8),
                done -> { });
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
        testDatabase.close();
    }

    @Test
    void aShareOfRegisterMembersLiveElsewhereAndTheirCardsAreLinkedToTheirPlaceInTheRegister() throws SQLException {
        assertThat(summary.livingElsewhere()).isGreaterThanOrEqualTo(ELSEWHERE_CARDS.size());
        assertThat(summary.cardsElsewhere()).isEqualTo(ELSEWHERE_CARDS.size());
        assertThat(summary.cardsLinked()).isEqualTo(RESIDENT_CARDS.size());
        assertThat(count("SELECT COUNT(*) FROM family_register_member WHERE resident_id IS NULL AND left_on IS NULL"))
                .isEqualTo(summary.livingElsewhere());
        ResidentDirectory directory = new ResidentDirectory(db);
        for (String card : ELSEWHERE_CARDS) {
            assertThat(directory.findByCard(card)).as("no resident row").isEmpty();
            assertThat(directory.registerMemberByCard(card)).as("a place in a 戸籍").isPresent();
        }
        for (String card : RESIDENT_CARDS) {
            assertThat(directory.findByCard(card)).isPresent();
            assertThat(directory.registerMemberByCard(card)).isEmpty();
        }
    }

    @Test
    void theirFamilyRegisterIsIssuedAndEveryResidenceBasedCertificateRefused() {
        StandingLookup standings = new StandingLookup(db);
        Eligibility rules = Eligibility.withDefaults();
        for (String card : ELSEWHERE_CARDS) {
            ResidentStanding who = standings.standing(card, Optional.empty(), TODAY);
            assertThat(who.livesElsewhere()).isTrue();
            for (Object[] row : EXPECTED) {
                CertificateType type = (CertificateType) row[0];
                Optional<ErrorCode> code = rules.check(type, who, TODAY).map(Refusal::code);
                if (row[1] == null) {
                    assertThat(code).as(type.cliName()).isEmpty();
                } else {
                    assertThat(code).as(type.cliName()).contains((ErrorCode) row[1]);
                }
            }
        }
        ResidentStanding resident = standings.standing(RESIDENT_CARDS.get(0),
                new ResidentDirectory(db).findByCard(RESIDENT_CARDS.get(0)), TODAY);
        assertThat(resident.livesElsewhere()).isFalse();
    }

    @Test
    void aCardWithoutRegistrationIsToldToRegisterNotThatItIsUnknown() throws SQLException {
        String card = "e".repeat(64);
        Recipient.RegisterMember place = new ResidentDirectory(db).registerMemberByCard(ELSEWHERE_CARDS.get(0))
                .orElseThrow();
        // the same person's renewed certificate: linked at the counter, the registration not made again
        new Fixtures(db).update("INSERT INTO card_link (certificate_sha256, register_id, register_seq, linked_on)"
                + " VALUES (?, ?, ?, ?)", card, place.registerId(), place.seq(), TODAY);
        ResidentStanding who = new StandingLookup(db).standing(card, Optional.empty(), TODAY);
        assertThat(Eligibility.withDefaults().check(CertificateType.KOSEKI_ZENBU, who, TODAY).map(Refusal::code))
                .contains(ErrorCode.HONSEKI_NOT_REGISTERED);
        assertThat(Eligibility.withDefaults().check(CertificateType.JUMINHYO, who, TODAY).map(Refusal::code))
                .contains(ErrorCode.NOT_A_RESIDENT);
    }

    @Test
    void theLedgerRecordsTheRegisterMemberWithoutAResidentRow() {
        Recipient.RegisterMember place = new StandingLookup(db).registrationOf(ELSEWHERE_CARDS.get(1)).orElseThrow();
        IssuanceLedger ledger = new IssuanceLedger(db);
        UUID request = UUID.randomUUID();
        String serial = ledger.nextCertificateSerial("052019", TODAY);
        LedgerEntry entry = ledger.recordIssued(request, serial, place, "koseki-zenbu", "kiosk-1", "seven", 1,
                new byte[] {4, 5, 6}, "title\t戸籍全部事項証明書\n", 450);

        assertThat(ledger.find(request)).contains(entry);
        assertThat(entry.recipient()).isEqualTo(place);
        assertThat(ledger.markPrinted(request).recipient()).isEqualTo(place);
    }

    @Test
    void aCardBelongsToOnePersonOnly() {
        Recipient.RegisterMember place = new ResidentDirectory(db).registerMemberByCard(ELSEWHERE_CARDS.get(2))
                .orElseThrow();
        assertThatThrownBy(() -> new Fixtures(db).update("INSERT INTO card_link (certificate_sha256, resident_id,"
                + " register_id, register_seq, linked_on) VALUES (?, 1, ?, ?, ?)", "f".repeat(64), place.registerId(),
                place.seq(), TODAY)).isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> new Fixtures(db).update("INSERT INTO card_link (certificate_sha256, linked_on)"
                + " VALUES (?, ?)", "d".repeat(64), TODAY)).isInstanceOf(SQLException.class);
    }

    @Test
    void everyResidentHasASyntheticKojinBangoWithTheRightCheckDigit() throws SQLException {
        List<String> numbers = new ArrayList<>();
        try (Connection connection = db.connection();
             PreparedStatement q = connection.prepareStatement("SELECT number FROM kojin_bango");
             ResultSet rows = q.executeQuery()) {
            while (rows.next()) {
                numbers.add(rows.getString(1));
            }
        }
        assertThat(numbers).hasSize(summary.residents()).doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(KojinBango.isValid(n)).as(n).isTrue());
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = db.connection();
             PreparedStatement q = connection.prepareStatement(sql);
             ResultSet rows = q.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> cards(int from, int n) {
        return IntStream.range(from, from + n).mapToObj(i -> String.format("%064x", i)).toList();
    }
}
