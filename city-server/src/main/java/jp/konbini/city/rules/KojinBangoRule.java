package jp.konbini.city.rules;

import java.util.Optional;
import jp.konbini.protocol.CertificateType;
import jp.konbini.protocol.ErrorCode;

/**
 * 個人番号の記載: a 住民票の写し shows the 個人番号 only when the city has decided to offer it at the kiosk
 * ({@code print.kojin-bango}, off by default) <em>and</em> the resident asked for it
 * ({@link CertificateType#OPTION_WITH_KOJIN_BANGO}). Asked where the city does not offer it, the request is
 * refused as an option not offered rather than printed without it. No other certificate ever shows it.
 *
 * @param cityAllows the city's setting
 */
public record KojinBangoRule(boolean cityAllows) {

    /** Empty when the request's options are acceptable as far as the 個人番号 goes. */
    public Optional<Refusal> check(CertificateType type, int options) {
        if (asked(options) && !(cityAllows && type == CertificateType.JUMINHYO)) {
            return Optional.of(new Refusal(ErrorCode.UNSUPPORTED_OPTION, "個人番号 not offered by this city"));
        }
        return Optional.empty();
    }

    /** Whether this certificate shows the 個人番号: the city allows it, it is a 住民票, and it was asked for. */
    public boolean prints(CertificateType type, int options) {
        return cityAllows && type == CertificateType.JUMINHYO && asked(options);
    }

    private static boolean asked(int options) {
        return (options & CertificateType.OPTION_WITH_KOJIN_BANGO) != 0;
    }
}
