package jp.konbini.kiosk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.konbini.node.ConfigException;
import jp.konbini.node.NodeConfig;
import jp.konbini.protocol.CertificateType;
import jp.konbini.protocol.LocalGovernmentCode;

/**
 * 手数料: what the kiosk asks per copy, per city and certificate type, from the config's
 * {@code fee = CITY TYPE YEN} lines ({@code CITY} is a local government code or {@code *} for every city;
 * a city's own line wins). A certificate without a fee line is not offered on the screen.
 */
record FeeTable(Map<String, Integer> perCopyYen) {
    /** A fee above this is a typo in the config, not a city's price. */
    static final int MAX_YEN = 10_000;
    private static final String ANY_CITY = "*";

    FeeTable {
        perCopyYen = Map.copyOf(perCopyYen);
    }

    static FeeTable from(NodeConfig c) throws ConfigException {
        Map<String, Integer> fees = new HashMap<>();
        for (NodeConfig.Entry e : c.all("fee")) {
            String[] p = e.value().trim().split("\\s+");
            if (p.length != 3) {
                throw c.error(e, "'fee' must be 'CITY TYPE YEN' (CITY a 6-digit code or *), e.g. 'fee = * juminhyo 200'");
            }
            if (!p[0].equals(ANY_CITY) && !LocalGovernmentCode.isValid(p[0])) {
                throw c.error(e, "'" + p[0] + "' is not a local government code with a valid check digit (or *)");
            }
            Optional<CertificateType> type = CertificateType.fromCliName(p[1]);
            if (type.isEmpty()) {
                throw c.error(e, "unknown certificate type '" + p[1] + "'");
            }
            int yen;
            try {
                yen = Integer.parseInt(p[2]);
            } catch (NumberFormatException ex) {
                throw c.error(e, "the fee must be a whole number of yen");
            }
            if (yen < 0 || yen > MAX_YEN) {
                throw c.error(e, "the fee must be 0-" + MAX_YEN + " yen");
            }
            if (fees.put(key(p[0], type.get()), yen) != null) {
                throw c.error(e, "a fee for " + p[0] + " " + p[1] + " is already set");
            }
        }
        return new FeeTable(fees);
    }

    /** The fee per copy, if this kiosk offers that certificate of that city. */
    Optional<Integer> perCopy(String cityCode, CertificateType type) {
        Integer own = perCopyYen.get(key(cityCode, type));
        return Optional.ofNullable(own != null ? own : perCopyYen.get(key(ANY_CITY, type)));
    }

    /** Of {@code types}, those with a fee for the city, in the given order. */
    List<CertificateType> offered(String cityCode, List<CertificateType> types) {
        return types.stream().filter(t -> perCopy(cityCode, t).isPresent()).toList();
    }

    boolean isEmpty() {
        return perCopyYen.isEmpty();
    }

    private static String key(String city, CertificateType type) {
        return city + " " + type.cliName();
    }
}
