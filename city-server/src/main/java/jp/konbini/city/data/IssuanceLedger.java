package jp.konbini.city.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The 交付記録 (issuance ledger): every certificate the city issues, and whether the kiosk printed
 * it. Fees are settled with the store operator from these rows, so an entry is recorded once per
 * request, never deleted, and moves only ISSUED → PRINTED or ISSUED → VOIDED.
 */
public final class IssuanceLedger {

    public static final String ISSUED = "ISSUED";
    public static final String PRINTED = "PRINTED";
    public static final String VOIDED = "VOIDED";

    private static final Pattern CITY_CODE = Pattern.compile("\\d{6}");
    private static final DateTimeFormatter SERIAL_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String COLUMNS = "request_id, certificate_serial, resident_id, certificate_type,"
            + " kiosk_id, state, document_sha256, fee_yen, issued_at, updated_at, register_id, register_seq";

    private final CityDatabase database;
    private final Clock clock;

    public IssuanceLedger(CityDatabase database) {
        this(database, Clock.systemUTC());
    }

    IssuanceLedger(CityDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Records an issued certificate in one transaction. The same request id again returns the
     * entry already recorded, unchanged (a retried request is not a second certificate); callers
     * compare its serial with theirs to notice.
     *
     * @throws IllegalStateException when the serial was already recorded for another request
     */
    public LedgerEntry recordIssued(UUID requestId, String certificateSerial, long residentId,
            String certificateType, String kioskId, String documentSha256Hex, int feeYen) {
        Objects.requireNonNull(requestId, "requestId");
        if (feeYen < 0) {
            throw new IllegalArgumentException("fee must not be negative: " + feeYen);
        }
        Instant now = now();
        LedgerEntry entry = new LedgerEntry(requestId, certificateSerial, new Recipient.Resident(residentId),
                certificateType, kioskId, ISSUED, Sha256Hex.normalise(documentSha256Hex, "document digest"), feeYen,
                now, now, false);
        return insertOnce(entry, connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO issuance_ledger (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                bind(insert, entry);
                insert.executeUpdate();
            }
        });
    }

    /**
     * As {@link #recordIssued(UUID, String, long, String, String, String, int)}, with the copies paid for,
     * the store operator, and the document itself, all in the one transaction: a request id that is
     * already recorded returns the entry recorded first, whose document {@link #document} returns.
     */
    public LedgerEntry recordIssued(UUID requestId, String certificateSerial, long residentId,
            String certificateType, String kioskId, String operatorId, int copies, byte[] pdf, int feeYen) {
        return recordIssued(requestId, certificateSerial, residentId, certificateType, kioskId, operatorId, copies,
                pdf, null, feeYen);
    }

    /**
     * As {@link #recordIssued(UUID, String, long, String, String, String, int, byte[], int)}, and with the
     * structured record of what the document shows ({@code PrintedCertificate#asText}, see V5), in the same
     * transaction: the ledger row, the document and the record are all written, or none of them.
     *
     * @param printedRecord the record of the printed page; {@code null} keeps none
     */
    public LedgerEntry recordIssued(UUID requestId, String certificateSerial, long residentId,
            String certificateType, String kioskId, String operatorId, int copies, byte[] pdf, String printedRecord,
            int feeYen) {
        return recordIssued(requestId, certificateSerial, new Recipient.Resident(residentId), certificateType, kioskId,
                operatorId, copies, pdf, printedRecord, feeYen);
    }

    /**
     * As {@link #recordIssued(UUID, String, long, String, String, String, int, byte[], String, int)}, for a
     * resident or for a member of a 戸籍 here who lives elsewhere (their 戸籍 certificates only).
     */
    public LedgerEntry recordIssued(UUID requestId, String certificateSerial, Recipient recipient,
            String certificateType, String kioskId, String operatorId, int copies, byte[] pdf, String printedRecord,
            int feeYen) {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(operatorId, "operatorId");
        Objects.requireNonNull(pdf, "pdf");
        if (feeYen < 0) {
            throw new IllegalArgumentException("fee must not be negative: " + feeYen);
        }
        if (copies < 1) {
            throw new IllegalArgumentException("copies must be at least 1: " + copies);
        }
        Instant now = now();
        LedgerEntry entry = new LedgerEntry(requestId, certificateSerial, recipient, certificateType, kioskId,
                ISSUED, Sha256Hex.of(pdf), feeYen, now, now, false);
        return insertOnce(entry, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO issuance_ledger (" + COLUMNS
                    + ", copies, operator_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement document = connection.prepareStatement(
                         "INSERT INTO issued_document (request_id, pdf) VALUES (?, ?)")) {
                bind(insert, entry);
                insert.setInt(13, copies);
                insert.setString(14, operatorId);
                insert.executeUpdate();
                document.setString(1, requestId.toString());
                document.setBytes(2, pdf);
                document.executeUpdate();
                if (printedRecord != null) {
                    try (PreparedStatement record = connection.prepareStatement(
                            "INSERT INTO issued_record (request_id, record) VALUES (?, ?)")) {
                        record.setString(1, requestId.toString());
                        record.setString(2, printedRecord);
                        record.executeUpdate();
                    }
                }
            }
        });
    }

    /** The rows of one issuance, written inside the ledger's transaction. */
    @FunctionalInterface
    private interface IssuedRows {
        void insert(Connection connection) throws SQLException;
    }

    /**
     * Writes an issuance's rows in one transaction, or none of them. A request id already recorded
     * (unique violation) rolls back and returns the entry recorded first.
     */
    private LedgerEntry insertOnce(LedgerEntry entry, IssuedRows rows) {
        UUID requestId = entry.requestId();
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try {
                rows.insert(connection);
                RequestDeadline.beforeCommit();
                connection.commit();
                return entry;
            } catch (SQLException e) {
                connection.rollback();
                if (!SqlErrors.isUniqueViolation(e)) {
                    throw e;
                }
            }
            connection.setAutoCommit(true);
            return find(connection, requestId).orElseThrow(() -> new IllegalStateException(
                    "certificate serial " + entry.certificateSerial() + " is already recorded for another request"));
        } catch (SQLException e) {
            throw new CityDatabaseException("cannot record request " + requestId + " in the ledger", e);
        }
    }

    /** The document issued for a request, while it is kept (see V4). */
    public Optional<byte[]> document(UUID requestId) {
        try (Connection connection = database.connection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT pdf FROM issued_document WHERE request_id = ?")) {
            query.setString(1, requestId.toString());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new CityDatabaseException("cannot read the document of request " + requestId, e);
        }
    }

    /** The structured record of what the document of a request shows (see V5), if one was kept. */
    public Optional<String> printedRecord(UUID requestId) {
        try (Connection connection = database.connection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT record FROM issued_record WHERE request_id = ?")) {
            query.setString(1, requestId.toString());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new CityDatabaseException("cannot read the printed record of request " + requestId, e);
        }
    }

    /** The entry for a request, if it was recorded. */
    public Optional<LedgerEntry> find(UUID requestId) {
        try (Connection connection = database.connection()) {
            return find(connection, requestId);
        } catch (SQLException e) {
            throw new CityDatabaseException("cannot read request " + requestId + " from the ledger", e);
        }
    }

    /**
     * The kiosk printed the certificate: ISSUED → PRINTED. Reporting PRINTED again returns the
     * entry unchanged (the kiosk may repeat its report).
     *
     * @throws IllegalStateException when the entry is VOIDED
     * @throws IllegalArgumentException when no entry has this request id
     */
    public LedgerEntry markPrinted(UUID requestId) {
        return move(requestId, PRINTED);
    }

    /**
     * Printing failed and no fee is due: ISSUED → VOIDED. Reporting VOIDED again returns the entry
     * unchanged (the hub and the kiosk may both report a failure).
     *
     * @throws IllegalStateException when the entry is PRINTED
     * @throws IllegalArgumentException when no entry has this request id
     */
    public LedgerEntry markVoided(UUID requestId) {
        return move(requestId, VOIDED);
    }

    /**
     * The next 証明書番号 for the city and day, e.g. {@code 052019-20261127-000042}; unique however
     * many requests ask at once.
     */
    public String nextCertificateSerial(String cityCode, LocalDate issueDate) {
        if (!CITY_CODE.matcher(cityCode).matches()) {
            throw new IllegalArgumentException("local government code must be 6 digits: " + cityCode);
        }
        int number = SerialCounter.next(database, cityCode, issueDate);
        return cityCode + "-" + SERIAL_DATE.format(issueDate) + "-" + String.format("%06d", number);
    }

    private LedgerEntry move(UUID requestId, String target) {
        int moved;
        LedgerEntry entry;
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try {
                // Conditional update: of two concurrent reports, exactly one finds the entry ISSUED.
                try (PreparedStatement update = connection.prepareStatement("UPDATE issuance_ledger"
                        + " SET state = ?, updated_at = ? WHERE request_id = ? AND state = ?")) {
                    update.setString(1, target);
                    update.setObject(2, OffsetDateTime.ofInstant(now(), ZoneOffset.UTC));
                    update.setString(3, requestId.toString());
                    update.setString(4, ISSUED);
                    moved = update.executeUpdate();
                }
                entry = find(connection, requestId).orElseThrow(() -> new IllegalArgumentException(
                        "no ledger entry for request " + requestId));
                RequestDeadline.beforeCommit();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new CityDatabaseException("cannot update request " + requestId + " in the ledger", e);
        }
        // A repeated report of the same outcome (a kiosk or the hub retrying) changes nothing.
        boolean repeated = entry.state().equals(target);
        if (moved == 0 && !repeated) {
            throw refused(entry, target);
        }
        return entry;
    }

    private static IllegalStateException refused(LedgerEntry entry, String target) {
        return new IllegalStateException("ledger entry " + entry.certificateSerial() + " is " + entry.state()
                + " and cannot become " + target + ": only " + ISSUED + " may become " + PRINTED + " or " + VOIDED);
    }

    private static Optional<LedgerEntry> find(Connection connection, UUID requestId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT " + COLUMNS + ", refund_due FROM issuance_ledger WHERE request_id = ?")) {
            query.setString(1, requestId.toString());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(entry(row)) : Optional.empty();
            }
        }
    }

    private static void bind(PreparedStatement insert, LedgerEntry entry) throws SQLException {
        insert.setString(1, entry.requestId().toString());
        insert.setString(2, entry.certificateSerial());
        switch (entry.recipient()) {
            case Recipient.Resident r -> {
                insert.setLong(3, r.residentId());
                insert.setNull(11, Types.BIGINT);
                insert.setNull(12, Types.INTEGER);
            }
            case Recipient.RegisterMember m -> {
                insert.setNull(3, Types.BIGINT);
                insert.setLong(11, m.registerId());
                insert.setInt(12, m.seq());
            }
        }
        insert.setString(4, entry.certificateType());
        insert.setString(5, entry.kioskId());
        insert.setString(6, entry.state());
        insert.setString(7, entry.documentSha256());
        insert.setInt(8, entry.feeYen());
        insert.setObject(9, OffsetDateTime.ofInstant(entry.issuedAt(), ZoneOffset.UTC));
        insert.setObject(10, OffsetDateTime.ofInstant(entry.updatedAt(), ZoneOffset.UTC));
    }

    private static LedgerEntry entry(ResultSet row) throws SQLException {
        return new LedgerEntry(
                UUID.fromString(row.getString("request_id")),
                row.getString("certificate_serial"),
                recipient(row),
                row.getString("certificate_type"),
                row.getString("kiosk_id"),
                row.getString("state"),
                row.getString("document_sha256"),
                row.getInt("fee_yen"),
                row.getObject("issued_at", OffsetDateTime.class).toInstant(),
                row.getObject("updated_at", OffsetDateTime.class).toInstant(),
                row.getInt("refund_due") != 0);
    }

    private static Recipient recipient(ResultSet row) throws SQLException {
        long residentId = row.getLong("resident_id");
        return row.wasNull() ? new Recipient.RegisterMember(row.getLong("register_id"), row.getInt("register_seq"))
                : new Recipient.Resident(residentId);
    }

    /** Microseconds: the precision both databases store, so a read-back entry equals the written one. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
