package jp.konbini.city.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntConsumer;

import jp.konbini.city.data.SyntheticHouseholds.Person;
import jp.konbini.city.data.SyntheticHouseholds.Planned;
import jp.konbini.render.JapaneseFont;
import jp.konbini.render.SealImpression;

/**
 * Fills an empty city database with a made-up city — Akita (秋田市) unless another {@link SyntheticMunicipality}
 * is named — for demos and load tests, and links the demo cards to residents. No real person's data is ever
 * involved.
 */
public final class SyntheticCity {

    /** Rows per JDBC batch and transaction: large enough to be fast, small enough for H2's undo log. */
    private static final int BATCH = 2000;

    private SyntheticCity() {
    }

    /**
     * Stores {@code residents} residents in households of one to six, the same for the same seed.
     * Card {@code i} is linked to adult {@code i}: household heads in order first, then the other
     * adults, all of them living in the city; cards beyond the number of adults stay unlinked.
     *
     * <p>Written in transactions of a few thousand rows, so a failure part-way leaves part of a
     * city: seed a fresh database again.
     *
     * @param cardCertificateSha256Hex SHA-256 (hex) of each card's user-authentication certificate
     * @throws IllegalStateException when the database already has residents
     */
    public static SeedSummary seed(CityDatabase db, int residents, long randomSeed,
            List<String> cardCertificateSha256Hex) {
        return seed(db, SyntheticMunicipality.AKITA, residents, randomSeed, cardCertificateSha256Hex);
    }

    /**
     * As {@link #seed(CityDatabase, int, long, List)}, with the records beside the residents (see
     * {@link SyntheticRecords}), seal impressions drawn by {@code sealPng}, and {@code progress} told the
     * number of residents written after each transaction.
     */
    public static SeedSummary seed(CityDatabase db, int residents, long randomSeed,
            List<String> cardCertificateSha256Hex, Function<String, byte[]> sealPng, IntConsumer progress) {
        return seed(db, residents, randomSeed, cardCertificateSha256Hex, List.of(), sealPng, progress);
    }

    /**
     * As {@link #seed(CityDatabase, int, long, List, Function, IntConsumer)}, and links each card of
     * {@code elsewhereCards} to a person of a 戸籍 here who lives in another city (no resident row), with a
     * 本籍地利用登録 made a year ago: their 戸籍 is issued, residence-based certificates are refused. Cards beyond
     * the number of such persons stay unlinked.
     */
    public static SeedSummary seed(CityDatabase db, int residents, long randomSeed,
            List<String> cardCertificateSha256Hex, List<String> elsewhereCards, Function<String, byte[]> sealPng,
            IntConsumer progress) {
        return seed(db, SyntheticMunicipality.AKITA, residents, randomSeed, cardCertificateSha256Hex, elsewhereCards,
                sealPng, progress);
    }

    /** As {@link #seed(CityDatabase, int, long, List)}, as {@code city}: its addresses, its birthplace. */
    public static SeedSummary seed(CityDatabase db, SyntheticMunicipality city, int residents, long randomSeed,
            List<String> cardCertificateSha256Hex) {
        SealImpression seals = new SealImpression(JapaneseFont.locate(Optional.empty()));
        return seed(db, city, residents, randomSeed, cardCertificateSha256Hex, List.of(), seals::png, done -> { });
    }

    /**
     * As {@link #seed(CityDatabase, int, long, List, List, Function, IntConsumer)}, as {@code city}: addresses in
     * its 町名, residents born there, 前住所 elsewhere than there. The same seed gives the same people in every city.
     */
    public static SeedSummary seed(CityDatabase db, SyntheticMunicipality city, int residents, long randomSeed,
            List<String> cardCertificateSha256Hex, List<String> elsewhereCards, Function<String, byte[]> sealPng,
            IntConsumer progress) {
        if (residents < 1) {
            throw new IllegalArgumentException("a city needs at least one resident, not " + residents);
        }
        List<String> cards = cardCertificateSha256Hex.stream()
                .map(hex -> Sha256Hex.normalise(hex, "card certificate digest")).toList();
        List<String> elsewhere = elsewhereCards.stream()
                .map(hex -> Sha256Hex.normalise(hex, "card certificate digest")).toList();
        HashSet<String> distinct = new HashSet<>(cards);
        distinct.addAll(elsewhere);
        if (distinct.size() != cards.size() + elsewhere.size()) {
            throw new IllegalArgumentException("the same card appears twice in the list of cards");
        }
        try (Connection connection = db.connection()) {
            requireEmpty(connection);
            connection.setAutoCommit(false);
            try {
                SeedSummary summary = write(connection, new CityAddresses(city), residents, randomSeed, cards,
                        elsewhere, sealPng, progress);
                connection.commit();
                return summary;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new CityDatabaseException("cannot seed the synthetic city", e);
        }
    }

    private static void requireEmpty(Connection connection) throws SQLException {
        try (Statement count = connection.createStatement();
             ResultSet rows = count.executeQuery("SELECT COUNT(*) FROM resident")) {
            rows.next();
            if (rows.getLong(1) > 0) {
                throw new IllegalStateException("the city database already has " + rows.getLong(1)
                        + " residents; seed a fresh database");
            }
        }
    }

    private static SeedSummary write(Connection connection, CityAddresses addresses, int residents, long randomSeed,
            List<String> cards,
            List<String> elsewhereCards, Function<String, byte[]> sealPng, IntConsumer progress) throws SQLException {
        SyntheticHouseholds households = new SyntheticHouseholds(randomSeed, addresses);
        List<Long> heads = new ArrayList<>();
        List<Long> otherAdults = new ArrayList<>();
        int householdCount = 0;
        int residentCount = 0;
        // The head is set after the residents exist: household and resident refer to each other.
        try (PreparedStatement household = connection.prepareStatement(
                     "INSERT INTO household (id, address, head_resident_id) VALUES (?, ?, NULL)");
             PreparedStatement resident = connection.prepareStatement("INSERT INTO resident (id, household_id,"
                     + " family_name, given_name, family_name_kana, given_name_kana, date_of_birth, sex,"
                     + " relationship_to_head, became_resident_on, address_set_on, address_notified_on,"
                     + " previous_address, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement head = connection.prepareStatement(
                     "UPDATE household SET head_resident_id = ? WHERE id = ?");
             SyntheticRecords records = new SyntheticRecords(connection, randomSeed, addresses, sealPng,
                     cards.size())) {
            int pending = 0;
            while (residentCount < residents) {
                SyntheticRecords.Drawn drawn = records.draw(households.next(residents - residentCount));
                Planned planned = drawn.planned();
                long householdId = ++householdCount;
                long firstId = residentCount + 1;
                household.setLong(1, householdId);
                household.setString(2, planned.address());
                household.addBatch();
                for (Person person : planned.members()) {
                    long residentId = ++residentCount;
                    bindResident(resident, residentId, householdId, person);
                    resident.addBatch();
                    if (person.relationship().equals("世帯主")) {
                        heads.add(residentId);
                        head.setLong(1, residentId);
                        head.setLong(2, householdId);
                        head.addBatch();
                    } else if (person.adultOn(SyntheticHouseholds.AS_OF)
                            && person.status().equals(ResidentRecord.ACTIVE)) {
                        otherAdults.add(residentId);
                    }
                }
                records.add(householdId, drawn, firstId);
                pending += planned.members().size();
                if (pending >= BATCH) {
                    flush(connection, household, resident, head, records);
                    progress.accept(residentCount);
                    pending = 0;
                }
            }
            flush(connection, household, resident, head, records);
            progress.accept(residentCount);
            List<Long> adults = new ArrayList<>(heads);
            adults.addAll(otherAdults);
            int linked = link(connection, cards, adults, records);
            int linkedElsewhere = linkElsewhere(connection, elsewhereCards, records.livingElsewhere());
            return new SeedSummary(householdCount, residentCount, linked, records.foreignResidents, records.seals,
                    records.taxAssessments, records.registers, records.livingElsewhere().size(), linkedElsewhere);
        }
    }

    private static void bindResident(PreparedStatement insert, long id, long householdId, Person person)
            throws SQLException {
        insert.setLong(1, id);
        insert.setLong(2, householdId);
        insert.setString(3, person.family().written());
        insert.setString(4, person.given().written());
        insert.setString(5, person.family().kana());
        insert.setString(6, person.given().kana());
        insert.setObject(7, person.dateOfBirth());
        insert.setString(8, person.female() ? "女" : "男");
        insert.setString(9, person.relationship());
        insert.setObject(10, person.becameResidentOn());
        setDate(insert, 11, person.addressSetOn());
        setDate(insert, 12, person.addressNotifiedOn());
        if (person.previousAddress() == null) {
            insert.setNull(13, Types.VARCHAR);
        } else {
            insert.setString(13, person.previousAddress());
        }
        insert.setString(14, person.status());
    }

    private static void setDate(PreparedStatement insert, int index, LocalDate date) throws SQLException {
        if (date == null) {
            insert.setNull(index, Types.DATE);
        } else {
            insert.setObject(index, date);
        }
    }

    /** Households before their residents, the heads after both (foreign keys); then commit. */
    private static void flush(Connection connection, PreparedStatement household, PreparedStatement resident,
            PreparedStatement head, SyntheticRecords records) throws SQLException {
        household.executeBatch();
        resident.executeBatch();
        head.executeBatch();
        records.flush();
        connection.commit();
    }

    /**
     * Links cards to persons of a 戸籍 here who live elsewhere, each with a 本籍地利用登録 made a year ago (long in
     * effect) with that card.
     */
    private static int linkElsewhere(Connection connection, List<String> cards,
            List<Recipient.RegisterMember> persons) throws SQLException {
        int linked = Math.min(cards.size(), persons.size());
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO card_link (certificate_sha256,"
                + " register_id, register_seq, linked_on) VALUES (?, ?, ?, ?)");
             PreparedStatement honseki = connection.prepareStatement("INSERT INTO honseki_registration"
                + " (certificate_sha256, register_id, seq, applied_on) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < linked; i++) {
                Recipient.RegisterMember person = persons.get(i);
                insert.setString(1, cards.get(i));
                insert.setLong(2, person.registerId());
                insert.setInt(3, person.seq());
                insert.setObject(4, SyntheticHouseholds.AS_OF);
                insert.addBatch();
                honseki.setString(1, cards.get(i));
                honseki.setLong(2, person.registerId());
                honseki.setInt(3, person.seq());
                honseki.setObject(4, SyntheticHouseholds.AS_OF.minusYears(1));
                honseki.addBatch();
            }
            insert.executeBatch();
            honseki.executeBatch();
        }
        return linked;
    }

    /** Links the cards; a card holder whose 戸籍 is here has made the 本籍地利用登録 with it a year ago. */
    private static int link(Connection connection, List<String> cards, List<Long> adults, SyntheticRecords records)
            throws SQLException {
        int linked = Math.min(cards.size(), adults.size());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO card_link (certificate_sha256, resident_id, linked_on) VALUES (?, ?, ?)");
             PreparedStatement honseki = connection.prepareStatement(
                "INSERT INTO honseki_registration (certificate_sha256, register_id, seq, applied_on) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < linked; i++) {
                insert.setString(1, cards.get(i));
                insert.setLong(2, adults.get(i));
                insert.setObject(3, SyntheticHouseholds.AS_OF);
                insert.addBatch();
                long[] place = records.registerPlaceOf(adults.get(i));
                if (place != null) {
                    honseki.setString(1, cards.get(i));
                    honseki.setLong(2, place[0]);
                    honseki.setInt(3, (int) place[1]);
                    honseki.setObject(4, SyntheticHouseholds.AS_OF.minusYears(1));
                    honseki.addBatch();
                }
            }
            insert.executeBatch();
            honseki.executeBatch();
        }
        return linked;
    }
}
