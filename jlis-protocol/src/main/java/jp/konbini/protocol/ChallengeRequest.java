package jp.konbini.protocol;

import java.util.Objects;

/**
 * Kiosk asks the hub for a fresh nonce to sign, naming the city it will request from.
 *
 * @param kioskId  the kiosk (コンビニ端末) as registered with its ECS centre
 * @param cityCode the 6-digit local government code as typed; the hub checks it, not the codec, so that a
 *                 bad code becomes {@link ErrorCode#INVALID_CITY_CODE} rather than a broken frame
 */
public record ChallengeRequest(String kioskId, String cityCode) implements Message {

    public ChallengeRequest {
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(cityCode, "cityCode");
    }

    @Override
    public MessageType type() {
        return MessageType.CHALLENGE_REQUEST;
    }
}
