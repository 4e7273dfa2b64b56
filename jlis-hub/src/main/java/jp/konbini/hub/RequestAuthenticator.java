package jp.konbini.hub;

import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Optional;
import jp.konbini.crypto.CardCertificateVerdict;
import jp.konbini.crypto.CardSignatures;
import jp.konbini.crypto.JpkiCertificateValidator;
import jp.konbini.protocol.ErrorCode;
import jp.konbini.protocol.ErrorMessage;
import jp.konbini.protocol.IssueRequest;
import jp.konbini.protocol.LocalGovernmentCode;

/**
 * J-LIS step 3, before anything is forwarded: the city code is well formed and served, the challenge
 * is fresh and was issued for this kiosk and city, the card's certificate chains to the JPKI root and
 * is in date, and the card signed exactly this request.
 */
final class RequestAuthenticator {
    private final Map<String, CityRoute> routes;
    private final ChallengeBook challenges;
    private final JpkiCertificateValidator validator;

    RequestAuthenticator(Map<String, CityRoute> routes, ChallengeBook challenges, JpkiCertificateValidator validator) {
        this.routes = routes;
        this.challenges = challenges;
        this.validator = validator;
    }

    /** The route for a city code, or the refusal to send. */
    ErrorMessageOr<CityRoute> route(String cityCode) {
        if (LocalGovernmentCode.parse(cityCode).isEmpty()) {
            return ErrorMessageOr.error(ErrorCode.INVALID_CITY_CODE, "malformed city code");
        }
        CityRoute route = routes.get(cityCode);
        return route == null
                ? ErrorMessageOr.error(ErrorCode.UNKNOWN_CITY, "city " + cityCode + " not served")
                : ErrorMessageOr.value(route);
    }

    /** Empty when the request is authentic; otherwise the refusal. */
    Optional<ErrorMessage> authenticate(IssueRequest request) {
        ErrorMessageOr<CityRoute> route = route(request.cityCode());
        if (route.error().isPresent()) {
            return route.error();
        }
        if (!challenges.take(request.challengeNonce(), request.kioskId(), request.cityCode())) {
            return Optional.of(new ErrorMessage(ErrorCode.CHALLENGE_INVALID, "challenge unknown, used or expired"));
        }
        X509Certificate card;
        switch (validator.validate(request.cardCertificate())) {
            case CardCertificateVerdict.Valid v -> card = v.certificate();
            case CardCertificateVerdict.Invalid inv -> {
                ErrorCode code = switch (inv.reason()) {
                    case EXPIRED, NOT_YET_VALID -> ErrorCode.CARD_CERTIFICATE_EXPIRED;
                    default -> ErrorCode.CARD_CERTIFICATE_INVALID;
                };
                return Optional.of(new ErrorMessage(code, "card certificate: " + inv.reason()));
            }
        }
        if (!CardSignatures.verify(card, request.signedContent(), request.signature())) {
            return Optional.of(new ErrorMessage(ErrorCode.CARD_SIGNATURE_INVALID, "card signature does not verify"));
        }
        return Optional.empty();
    }

    /** A value or the error message that stands in its place. */
    record ErrorMessageOr<T>(Optional<T> value, Optional<ErrorMessage> error) {
        static <T> ErrorMessageOr<T> value(T v) {
            return new ErrorMessageOr<>(Optional.of(v), Optional.empty());
        }

        static <T> ErrorMessageOr<T> error(ErrorCode code, String detail) {
            return new ErrorMessageOr<>(Optional.empty(), Optional.of(new ErrorMessage(code, detail)));
        }
    }
}
