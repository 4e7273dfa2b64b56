package jp.konbini.crypto;

import java.util.Locale;
import java.util.Optional;

/**
 * The part a node plays in the issuance path. A node certificate carries its role as the subject's
 * OU and its node id as the CN, e.g. {@code CN=hub-1, OU=hub, O=J-LIS Network}.
 */
public enum Role {
    /** 証明書発行サーバ: a city's certificate issuance server. */
    CITY,
    /** 証明書交付センター (広域交付サーバ): the J-LIS hub. */
    HUB,
    /** ECSセンター 中継サーバ: the store operator's relay. */
    RELAY,
    /** キオスク端末: the multi-function copier in a store. */
    KIOSK;

    /** The lower-case id used in certificates and configuration: {@code city}, {@code hub}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role whose {@link #id()} is {@code text}, ignoring ASCII case; empty for anything else or null. */
    public static Optional<Role> parse(String text) {
        // ASCII only: Unicode case folding would map look-alikes such as the Kelvin sign onto "kiosk".
        if (text == null || !text.chars().allMatch(c -> c < 0x80)) {
            return Optional.empty();
        }
        for (Role role : values()) {
            if (role.id().equalsIgnoreCase(text)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
