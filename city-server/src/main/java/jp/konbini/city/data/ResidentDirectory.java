package jp.konbini.city.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Looks residents up in the 住民記録 (resident records): by the card they hold, and their
 * household. Read-only.
 */
public final class ResidentDirectory {

    private static final String RESIDENT_COLUMNS = "r.id, r.household_id, r.family_name, r.given_name,"
            + " r.family_name_kana, r.given_name_kana, r.date_of_birth, r.sex, r.relationship_to_head,"
            + " r.became_resident_on, r.address_set_on, r.address_notified_on, r.previous_address, r.status";

    private final CityDatabase database;

    public ResidentDirectory(CityDatabase database) {
        this.database = database;
    }

    /**
     * The resident a card is linked to (個人番号カードの紐付け), whatever their status: the caller
     * decides whether a moved-out or deceased resident may be served.
     *
     * @param certificateSha256Hex SHA-256 of the card's user-authentication certificate (DER),
     *                             64 hex digits
     */
    public Optional<ResidentRecord> findByCard(String certificateSha256Hex) {
        String digest = Sha256Hex.normalise(certificateSha256Hex, "card certificate digest");
        try (Connection connection = database.connection();
             PreparedStatement query = connection.prepareStatement("SELECT " + RESIDENT_COLUMNS
                     + " FROM card_link c JOIN resident r ON r.id = c.resident_id"
                     + " WHERE c.certificate_sha256 = ?")) {
            query.setString(1, digest);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(resident(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new CityDatabaseException("cannot look up a card", e);
        }
    }

    /**
     * The place in a 戸籍 of this city of a card holder who is no resident here (本籍 here, home elsewhere), when
     * the card is linked to one (see V6).
     */
    public Optional<Recipient.RegisterMember> registerMemberByCard(String certificateSha256Hex) {
        String digest = Sha256Hex.normalise(certificateSha256Hex, "card certificate digest");
        try (Connection connection = database.connection();
             PreparedStatement query = connection.prepareStatement("SELECT register_id, register_seq FROM card_link"
                     + " WHERE certificate_sha256 = ? AND register_id IS NOT NULL")) {
            query.setString(1, digest);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(new Recipient.RegisterMember(rows.getLong(1), rows.getInt(2)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new CityDatabaseException("cannot look up a card", e);
        }
    }

    /** How many residents the records hold, whatever their status. */
    public long count() {
        try (Connection connection = database.connection();
             PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM resident");
             ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new CityDatabaseException("cannot count residents", e);
        }
    }

    /** A resident by 宛名番号, whatever their status (for operators' tools and benchmarks). */
    public Optional<ResidentRecord> findById(long residentId) {
        try (Connection connection = database.connection();
             PreparedStatement query = connection.prepareStatement("SELECT " + RESIDENT_COLUMNS
                     + " FROM resident r WHERE r.id = ?")) {
            query.setLong(1, residentId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(resident(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new CityDatabaseException("cannot look up resident " + residentId, e);
        }
    }

    /**
     * The resident's household with its living members (ACTIVE; 除票 are never printed): the head
     * first, then the others from the oldest, as a 住民票の写し lists them.
     *
     * @throws IllegalStateException when the household's head is not among its active members,
     *         which the records must never allow
     */
    public Household householdOf(ResidentRecord resident) {
        // One statement, so the address and the members come from the same snapshot.
        try (Connection connection = database.connection();
             PreparedStatement query = connection.prepareStatement("SELECT h.address, h.head_resident_id, "
                     + RESIDENT_COLUMNS + " FROM household h JOIN resident r ON r.household_id = h.id"
                     + " WHERE h.id = ? AND r.status = 'ACTIVE'")) {
            query.setLong(1, resident.householdId());
            String address = null;
            long headId = 0;
            List<ResidentRecord> members = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    address = rows.getString("address");
                    headId = rows.getLong("head_resident_id");
                    members.add(resident(rows));
                }
            }
            long head = headId;
            ResidentRecord headRecord = members.stream().filter(m -> m.id() == head).findFirst()
                    .orElseThrow(() -> new IllegalStateException("household " + resident.householdId()
                            + " has no active head (世帯主) among its residents"));
            members.sort(Comparator.comparing((ResidentRecord m) -> m.id() != head)
                    .thenComparing(ResidentRecord::dateOfBirth)
                    .thenComparingLong(ResidentRecord::id));
            return new Household(resident.householdId(), address, headRecord, members);
        } catch (SQLException e) {
            throw new CityDatabaseException("cannot read household " + resident.householdId(), e);
        }
    }

    private static ResidentRecord resident(ResultSet row) throws SQLException {
        return new ResidentRecord(
                row.getLong("id"),
                row.getLong("household_id"),
                row.getString("family_name"),
                row.getString("given_name"),
                row.getString("family_name_kana"),
                row.getString("given_name_kana"),
                row.getObject("date_of_birth", LocalDate.class),
                row.getString("sex"),
                row.getString("relationship_to_head"),
                row.getObject("became_resident_on", LocalDate.class),
                row.getObject("address_set_on", LocalDate.class),
                row.getObject("address_notified_on", LocalDate.class),
                row.getString("previous_address"),
                row.getString("status"));
    }
}
