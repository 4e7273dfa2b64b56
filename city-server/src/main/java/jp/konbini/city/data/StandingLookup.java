package jp.konbini.city.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import jp.konbini.city.rules.ResidentStanding;

/**
 * Reads, for one card holder, the facts the issuance rules judge ({@link ResidentStanding}): the
 * 住民記録 status, 支援措置, 転出届, 印鑑登録, tax years and the 本籍地利用登録. One connection, read-only.
 */
public final class StandingLookup {
    private final CityDatabase database;

    public StandingLookup(CityDatabase database) {
        this.database = database;
    }

    /**
     * @param certificateSha256Hex the card's user-authentication certificate digest
     * @param resident             the resident the card is linked to, if any
     * @param today                the day of the request, Japan time
     */
    public ResidentStanding standing(String certificateSha256Hex, Optional<ResidentRecord> resident, LocalDate today) {
        String digest = Sha256Hex.normalise(certificateSha256Hex, "card certificate digest");
        try (Connection connection = database.connection()) {
            boolean support = false;
            boolean moveNotified = false;
            boolean seal = false;
            Set<Integer> taxYears = new HashSet<>();
            if (resident.isPresent()) {
                long id = resident.get().id();
                support = exists(connection, "SELECT 1 FROM support_measure WHERE resident_id = ? AND starts_on <= ?"
                        + " AND (ends_on IS NULL OR ends_on >= ?)", id, today);
                moveNotified = exists(connection, "SELECT 1 FROM move_out_notice WHERE resident_id = ?", id, null);
                seal = exists(connection, "SELECT 1 FROM seal_registration WHERE resident_id = ? AND status = 'ACTIVE'",
                        id, null);
                try (PreparedStatement q = connection.prepareStatement(
                        "SELECT fiscal_year FROM tax_assessment WHERE resident_id = ?")) {
                    q.setLong(1, id);
                    try (ResultSet rows = q.executeQuery()) {
                        while (rows.next()) {
                            taxYears.add(rows.getInt(1));
                        }
                    }
                }
            }
            Optional<LocalDate> appliedOn = Optional.empty();
            boolean inRegister;
            // a card linked to a person of a 戸籍 here rather than to a resident: they live elsewhere
            boolean memberLinked = false;
            Optional<LocalDate> memberLeftOn = Optional.empty();
            if (resident.isEmpty()) {
                try (PreparedStatement q = connection.prepareStatement("SELECT m.left_on FROM card_link c"
                        + " JOIN family_register_member m ON m.register_id = c.register_id AND m.seq = c.register_seq"
                        + " WHERE c.certificate_sha256 = ?")) {
                    q.setString(1, digest);
                    try (ResultSet rows = q.executeQuery()) {
                        if (rows.next()) {
                            memberLinked = true;
                            memberLeftOn = Optional.ofNullable(rows.getObject(1, LocalDate.class));
                        }
                    }
                }
            }
            try (PreparedStatement q = connection.prepareStatement("SELECT h.applied_on, m.left_on"
                    + " FROM honseki_registration h JOIN family_register_member m"
                    + " ON m.register_id = h.register_id AND m.seq = h.seq WHERE h.certificate_sha256 = ?")) {
                q.setString(1, digest);
                try (ResultSet rows = q.executeQuery()) {
                    if (rows.next()) {
                        appliedOn = Optional.of(rows.getObject(1, LocalDate.class));
                        inRegister = rows.getObject(2, LocalDate.class) == null;
                    } else if (memberLinked) {
                        inRegister = memberLeftOn.isEmpty();
                    } else {
                        inRegister = resident.isPresent() && exists(connection, "SELECT 1 FROM family_register_member"
                                + " WHERE resident_id = ? AND left_on IS NULL", resident.get().id(), null);
                    }
                }
            }
            boolean livesElsewhere = resident.isEmpty() && (memberLinked || appliedOn.isPresent());
            return new ResidentStanding(resident.map(ResidentRecord::status), support, moveNotified, seal, taxYears,
                    appliedOn, inRegister, livesElsewhere);
        } catch (SQLException e) {
            throw new CityDatabaseException("cannot read the records the rules need", e);
        }
    }

    /** The 本籍地利用登録 of a card: which register and member, if any. */
    public Optional<Recipient.RegisterMember> registrationOf(String certificateSha256Hex) {
        String digest = Sha256Hex.normalise(certificateSha256Hex, "card certificate digest");
        try (Connection connection = database.connection();
             PreparedStatement q = connection.prepareStatement(
                     "SELECT register_id, seq FROM honseki_registration WHERE certificate_sha256 = ?")) {
            q.setString(1, digest);
            try (ResultSet rows = q.executeQuery()) {
                return rows.next() ? Optional.of(new Recipient.RegisterMember(rows.getLong(1), rows.getInt(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new CityDatabaseException("cannot read a 本籍地利用登録", e);
        }
    }

    private static boolean exists(Connection connection, String sql, long id, LocalDate day) throws SQLException {
        try (PreparedStatement q = connection.prepareStatement(sql)) {
            q.setLong(1, id);
            if (day != null) {
                q.setObject(2, day);
                q.setObject(3, day);
            }
            try (ResultSet rows = q.executeQuery()) {
                return rows.next();
            }
        }
    }
}
