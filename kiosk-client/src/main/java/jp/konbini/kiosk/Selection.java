package jp.konbini.kiosk;

import java.util.List;
import jp.konbini.protocol.CertificateType;

/**
 * What a resident has chosen so far on the copier's screens. Each screen fills in one more part;
 * {@link #order()} is what goes to {@link IssueFlow} once all are set.
 */
record Selection(Card card, String pin, CityKind cityKind, String cityCode, CertificateType type, int options,
                 int copies, int perCopyYen) {

    /** Whose records: the city one lives in (住所地) or the city of one's family register (本籍地). */
    enum CityKind {
        RESIDENCE(List.of(CertificateType.JUMINHYO, CertificateType.KISAI_JIKO, CertificateType.INKAN,
                CertificateType.SHOTOKU_KAZEI)),
        HONSEKI(List.of(CertificateType.KOSEKI_ZENBU, CertificateType.KOSEKI_KOJIN));

        private final List<CertificateType> types;

        CityKind(List<CertificateType> types) {
            this.types = types;
        }

        /** The certificates this kind of city issues, in the order the screen lists them. */
        List<CertificateType> types() {
            return types;
        }
    }

    static Selection start(Card card, String pin) {
        return new Selection(card, pin, null, null, null, 0, 1, 0);
    }

    Selection withCityKind(CityKind kind) {
        return new Selection(card, pin, kind, cityCode, type, options, copies, perCopyYen);
    }

    Selection withCity(String code) {
        return new Selection(card, pin, cityKind, code, type, options, copies, perCopyYen);
    }

    /** The certificate and its fee per copy; options start empty, as the copier's defaults. */
    Selection withType(CertificateType t, int yen) {
        return new Selection(card, pin, cityKind, cityCode, t, 0, copies, yen);
    }

    Selection withOptions(int bits) {
        return new Selection(card, pin, cityKind, cityCode, type, bits, copies, perCopyYen);
    }

    Selection withCopies(int n) {
        return new Selection(card, pin, cityKind, cityCode, type, options, n, perCopyYen);
    }

    /** 手数料: the whole fee for all copies. */
    int feeYen() {
        return perCopyYen * copies;
    }

    IssueFlow.Order order() {
        return new IssueFlow.Order(cityCode, type, copies, options);
    }

    /** Never the PIN, in a log or a test failure. */
    @Override
    public String toString() {
        return "Selection[" + cityKind + " " + cityCode + " " + (type == null ? "-" : type.cliName()) + " options=" + options
                + " copies=" + copies + " " + perCopyYen + " yen/copy]";
    }
}
