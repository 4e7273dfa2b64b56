package jp.konbini.city;

import jp.konbini.protocol.CertificateType;

/** 手数料: what the city charges per copy at a convenience store, set in the city's config. */
record FeeSchedule(int juminhyoYen) {
    int feeYen(CertificateType type, int copies) {
        return switch (type) {
            case JUMINHYO -> juminhyoYen * copies;
            default -> throw new IllegalArgumentException("no fee set for " + type.cliName());
        };
    }
}
