package jp.konbini.city.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;

/** Hand-made residents for the tests, written straight into the tables. */
final class Fixtures {

    private final CityDatabase database;

    Fixtures(CityDatabase database) {
        this.database = database;
    }

    /** The ledger tests' one resident: 試験 花子 (id 7), living alone, head of household 1. */
    void hanakoAlone() throws SQLException {
        household(1, "秋田市大町三丁目2番1号");
        resident(7, 1, "試験", "花子", LocalDate.of(1990, 4, 1), "女", "世帯主", "ACTIVE");
        head(1, 7);
    }

    void household(long id, String address) throws SQLException {
        update("INSERT INTO household (id, address) VALUES (?, ?)", id, address);
    }

    void resident(long id, long householdId, String family, String given, LocalDate born, String sex,
            String relationship, String status) throws SQLException {
        update("INSERT INTO resident (id, household_id, family_name, given_name, family_name_kana,"
                + " given_name_kana, date_of_birth, sex, relationship_to_head, became_resident_on, status)"
                + " VALUES (?, ?, ?, ?, 'カナ', 'カナ', ?, ?, ?, ?, ?)",
                id, householdId, family, given, born, sex, relationship, born, status);
    }

    void head(long householdId, long residentId) throws SQLException {
        update("UPDATE household SET head_resident_id = ? WHERE id = ?", residentId, householdId);
    }

    void card(String sha256Hex, long residentId) throws SQLException {
        update("INSERT INTO card_link (certificate_sha256, resident_id, linked_on) VALUES (?, ?, ?)",
                sha256Hex, residentId, LocalDate.of(2024, 4, 1));
    }

    void update(String sql, Object... values) throws SQLException {
        try (Connection connection = database.connection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
