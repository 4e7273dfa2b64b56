package jp.konbini.city.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.konbini.city.data.RegisterRecords.Event;
import jp.konbini.city.data.RegisterRecords.FamilyRegister;
import jp.konbini.city.data.RegisterRecords.ForeignItems;
import jp.konbini.city.data.RegisterRecords.Member;
import jp.konbini.city.data.RegisterRecords.Seal;
import jp.konbini.city.data.RegisterRecords.TaxAssessment;

/** Reads what the 印鑑登録, 所得・課税 and 戸籍 certificates print. Read-only. */
public final class CertificateRecords {
    private final CityDatabase database;

    public CertificateRecords(CityDatabase database) {
        this.database = database;
    }

    /** The 印鑑登録 in force for the resident, with its impression. */
    public Optional<Seal> liveSeal(long residentId) {
        return one("SELECT s.registration_number, s.registered_on, i.png FROM seal_registration s"
                + " JOIN seal_impression i ON i.sha256 = s.impression_sha256"
                + " WHERE s.resident_id = ? AND s.status = 'ACTIVE'", residentId,
                r -> new Seal(r.getString(1), r.getObject(2, LocalDate.class), r.getBytes(3)));
    }

    public Optional<TaxAssessment> tax(long residentId, int fiscalYear) {
        return one("SELECT fiscal_year, salary_income_yen, salary_after_ded_yen, pension_income_yen,"
                + " pension_after_ded_yen, other_income_yen, total_income_yen, deductions_yen, taxable_income_yen,"
                + " city_tax_yen, prefecture_tax_yen, dependants FROM tax_assessment"
                + " WHERE resident_id = ? AND fiscal_year = " + fiscalYear, residentId,
                r -> new TaxAssessment(r.getInt(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5),
                        r.getLong(6), r.getLong(7), r.getLong(8), r.getLong(9), r.getLong(10), r.getLong(11),
                        r.getInt(12)));
    }

    public Optional<ForeignItems> foreignItems(long residentId) {
        return one("SELECT nationality, category, residence_status, period_of_stay, stay_expires_on, card_number,"
                + " alias, became_foreign_resident_on FROM foreign_resident WHERE resident_id = ?", residentId,
                r -> new ForeignItems(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getObject(5, LocalDate.class), r.getString(6), r.getString(7),
                        r.getObject(8, LocalDate.class)));
    }

    /** The resident's 個人番号 (see V7), for a 住民票 that may show it; never logged. */
    public Optional<String> kojinBango(long residentId) {
        return one("SELECT number FROM kojin_bango WHERE resident_id = ?", residentId, r -> r.getString(1));
    }

    /** 本籍 and 筆頭者 of the 戸籍 the resident is a live member of, for a 住民票 that asks for them. */
    public Optional<String[]> honsekiOf(long residentId) {
        return one("SELECT f.honseki, f.head_name FROM family_register_member m JOIN family_register f"
                + " ON f.id = m.register_id WHERE m.resident_id = ? AND m.left_on IS NULL", residentId,
                r -> new String[] {r.getString(1), r.getString(2)});
    }

    /** A whole 戸籍 with every member (除籍 ones too) and their 身分事項, in register order. */
    public Optional<FamilyRegister> register(long registerId) {
        try (Connection connection = database.connection()) {
            String honseki;
            String head;
            LocalDate made;
            String reason;
            try (PreparedStatement q = connection.prepareStatement(
                    "SELECT honseki, head_name, made_on, made_reason FROM family_register WHERE id = ?")) {
                q.setLong(1, registerId);
                try (ResultSet r = q.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    honseki = r.getString(1);
                    head = r.getString(2);
                    made = r.getObject(3, LocalDate.class);
                    reason = r.getString(4);
                }
            }
            Map<Integer, List<Event>> events = new LinkedHashMap<>();
            try (PreparedStatement q = connection.prepareStatement("SELECT seq, kind, event_date, details"
                    + " FROM family_register_event WHERE register_id = ? ORDER BY seq, event_no")) {
                q.setLong(1, registerId);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        events.computeIfAbsent(r.getInt(1), k -> new ArrayList<>())
                                .add(new Event(r.getString(2), r.getObject(3, LocalDate.class), r.getString(4)));
                    }
                }
            }
            List<Member> members = new ArrayList<>();
            try (PreparedStatement q = connection.prepareStatement("SELECT seq, resident_id, family_name, given_name,"
                    + " date_of_birth, sex, father_name, mother_name, relationship, adoptive_parent, spouse,"
                    + " entered_on, entered_reason, previous_honseki, previous_head, left_on, left_reason"
                    + " FROM family_register_member WHERE register_id = ? ORDER BY seq")) {
                q.setLong(1, registerId);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        long resident = r.getLong(2);
                        members.add(new Member(r.getInt(1), r.wasNull() ? null : resident, r.getString(3),
                                r.getString(4), r.getObject(5, LocalDate.class), r.getString(6), r.getString(7),
                                r.getString(8), r.getString(9), r.getString(10), r.getInt(11) == 1,
                                r.getObject(12, LocalDate.class), r.getString(13), r.getString(14), r.getString(15),
                                r.getObject(16, LocalDate.class), r.getString(17),
                                List.copyOf(events.getOrDefault(r.getInt(1), List.of()))));
                    }
                }
            }
            return Optional.of(new FamilyRegister(registerId, honseki, head, made, reason, List.copyOf(members)));
        } catch (SQLException e) {
            throw new CityDatabaseException("cannot read family register " + registerId, e);
        }
    }

    private interface Row<T> {
        T read(ResultSet r) throws SQLException;
    }

    private <T> Optional<T> one(String sql, long id, Row<T> row) {
        try (Connection connection = database.connection();
             PreparedStatement q = connection.prepareStatement(sql)) {
            q.setLong(1, id);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? Optional.of(row.read(r)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new CityDatabaseException("cannot read a certificate's records", e);
        }
    }
}
