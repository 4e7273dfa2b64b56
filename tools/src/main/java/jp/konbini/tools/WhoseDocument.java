package jp.konbini.tools;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.konbini.crypto.Digests;
import jp.konbini.crypto.card.CardFile;

/**
 * Whether a printed certificate belongs to the card that asked, by the cities' structured records, not
 * by file names: the serial's record (V5 {@code issued_record}, what the page images show) must name the
 * card holder (氏名 and 住所 of the resident the card is linked to, {@code card_link}), and the ledger row
 * of that serial must be that very resident, in the card's own city. Reads the running cities' H2
 * databases through their AUTO_SERVER port (labs only).
 */
final class WhoseDocument implements AutoCloseable {
    /** The card holder as the city knows them. */
    record Holder(long residentId, String fullName, String address) {
    }

    private final Map<String, Connection> cities = new LinkedHashMap<>();
    private final Map<Path, Optional<Holder>> holders = new java.util.concurrent.ConcurrentHashMap<>();

    WhoseDocument(Path labDir, List<String> cityCodes) throws SQLException {
        for (String code : cityCodes) {
            String url = "jdbc:h2:file:" + labDir.resolve("city-" + code + "/data/city") + ";AUTO_SERVER=TRUE";
            cities.put(code, DriverManager.getConnection(url, "sa", ""));
        }
    }

    /** Empty when the certificate {@code serial} is the card holder's; otherwise what is wrong (no personal data). */
    synchronized Optional<String> check(String serial, Path card, String cardCity) throws Exception {
        Optional<Holder> holder = holders.computeIfAbsent(card, c -> holder(c, cardCity));
        if (holder.isEmpty()) {
            return Optional.of(card.getFileName() + " is linked to nobody in " + cardCity);
        }
        String foundIn = null;
        for (var e : cities.entrySet()) {
            try (PreparedStatement ps = e.getValue().prepareStatement("""
                    SELECT l.resident_id, r.record FROM issuance_ledger l
                    JOIN issued_record r ON r.request_id = l.request_id WHERE l.certificate_serial = ?""")) {
                ps.setString(1, serial);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        continue;
                    }
                    if (foundIn != null) {
                        return Optional.of("serial " + serial + " is in the records of two cities");
                    }
                    foundIn = e.getKey();
                    if (!foundIn.equals(cardCity)) {
                        return Optional.of("serial " + serial + " was issued by " + foundIn + ", the card's city is " + cardCity);
                    }
                    if (rs.getLong(1) != holder.get().residentId()) {
                        return Optional.of("the ledger row of " + serial + " is another resident's");
                    }
                    List<String> record = rs.getString(2).lines().toList();
                    List<String> names = record.stream().filter(l -> l.startsWith("item\t氏名\t")).toList();
                    if (!names.equals(List.of("item\t氏名\t" + holder.get().fullName()))) {
                        return Optional.of("the record of " + serial + " names " + names.size() + " person(s), not the card holder");
                    }
                    if (!record.contains("item\t住所\t" + holder.get().address())) {
                        return Optional.of("the record of " + serial + " shows another address");
                    }
                }
            }
        }
        return foundIn == null ? Optional.of("serial " + serial + " is in no city's records") : Optional.empty();
    }

    /**
     * Empty when the sheets printed are every page of certificate {@code serial}, once per copy the ledger
     * recorded: the page count the city's structured record gives (its {@code pages} line) must be the one the
     * sheets' codes name. Otherwise what is missing.
     */
    synchronized Optional<String> pageCount(String serial, int pagesOnPaper, int sheets) throws SQLException {
        for (Connection city : cities.values()) {
            try (PreparedStatement ps = city.prepareStatement("SELECT l.copies, r.record FROM issuance_ledger l "
                    + "JOIN issued_record r ON r.request_id = l.request_id WHERE l.certificate_serial = ?")) {
                ps.setString(1, serial);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        continue;
                    }
                    int copies = rs.getInt(1);
                    Optional<Integer> pages = rs.getString(2).lines().filter(l -> l.startsWith("pages\t"))
                            .map(l -> Integer.parseInt(l.substring("pages\t".length()))).findFirst();
                    if (pages.isEmpty()) {
                        return Optional.of("the record of " + serial + " does not say its page count");
                    }
                    if (pages.get() != pagesOnPaper || sheets != pages.get() * copies) {
                        return Optional.of("missing pages: " + serial + " has " + pages.get() + " page(s) × " + copies
                                + " copies, the paper " + sheets + " sheet(s) of " + pagesOnPaper);
                    }
                    return Optional.empty();
                }
            }
        }
        return Optional.of("serial " + serial + " is in no city's records");
    }

    private Optional<Holder> holder(Path card, String city) {
        try {
            String digest = Digests.hex(Digests.sha256(CardFile.open(card).certificate().getEncoded()));
            try (PreparedStatement ps = cities.get(city).prepareStatement("""
                    SELECT r.id, r.family_name, r.given_name, h.address FROM card_link l
                    JOIN resident r ON r.id = l.resident_id JOIN household h ON h.id = r.household_id
                    WHERE l.certificate_sha256 = ?""")) {
                ps.setString(1, digest);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Holder(rs.getLong(1), rs.getString(2) + " " + rs.getString(3),
                            rs.getString(4))) : Optional.empty();
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the holder of " + card.getFileName() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws SQLException {
        for (Connection c : cities.values()) {
            c.close();
        }
    }
}
