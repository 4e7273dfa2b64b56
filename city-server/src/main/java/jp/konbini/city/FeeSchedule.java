package jp.konbini.city;

import java.util.EnumMap;
import java.util.Map;
import jp.konbini.protocol.CertificateType;

/**
 * 手数料: what the city charges per copy at a convenience store, per certificate type, from the city's
 * settings ({@code fee.<type>}). The convenience-store fee may be lower than the counter's; only the
 * former is here.
 */
record FeeSchedule(Map<CertificateType, Integer> perCopyYen) {
    /** Akita City's convenience-store fees. */
    static final Map<CertificateType, Integer> DEFAULTS = Map.of(
            CertificateType.JUMINHYO, 200,
            CertificateType.KISAI_JIKO, 200,
            CertificateType.INKAN, 200,
            CertificateType.KOSEKI_ZENBU, 400,
            CertificateType.KOSEKI_KOJIN, 400,
            CertificateType.SHOTOKU_KAZEI, 200);

    FeeSchedule {
        EnumMap<CertificateType, Integer> copy = new EnumMap<>(CertificateType.class);
        copy.putAll(perCopyYen);
        for (CertificateType type : CertificateType.values()) {
            if (!copy.containsKey(type)) {
                throw new IllegalArgumentException("no fee set for " + type.cliName());
            }
        }
        perCopyYen = Map.copyOf(copy);
    }

    /** The walking skeleton's form: one fee for the 住民票, the defaults for the rest. */
    FeeSchedule(int juminhyoYen) {
        this(withJuminhyo(juminhyoYen));
    }

    private static Map<CertificateType, Integer> withJuminhyo(int yen) {
        EnumMap<CertificateType, Integer> fees = new EnumMap<>(DEFAULTS);
        fees.put(CertificateType.JUMINHYO, yen);
        return fees;
    }

    int feeYen(CertificateType type, int copies) {
        return perCopyYen.get(type) * copies;
    }
}
