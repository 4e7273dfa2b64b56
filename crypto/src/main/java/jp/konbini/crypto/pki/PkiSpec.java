package jp.konbini.crypto.pki;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What {@link PkiInit} creates: one certificate per node and a number of resident cards.
 *
 * @param cityCodes 6-digit local government codes; each city's node id is {@code city-<code>}
 * @param hubIds node ids of J-LIS hubs
 * @param relayIds node ids of ECS relays
 * @param kioskIds node ids of kiosks
 * @param cards how many resident cards ({@code card-0001.card} ...), 0 to 9999
 * @param seed seeds the cards' PINs and certificate serial names, so a demo layout is reproducible;
 *     keys always come from a secure random source
 */
public record PkiSpec(List<String> cityCodes, List<String> hubIds, List<String> relayIds, List<String> kioskIds,
        int cards, long seed) {

    private static final Pattern CITY_CODE = Pattern.compile("[0-9]{6}");

    public PkiSpec {
        cityCodes = List.copyOf(cityCodes);
        hubIds = List.copyOf(hubIds);
        relayIds = List.copyOf(relayIds);
        kioskIds = List.copyOf(kioskIds);
        for (String code : cityCodes) {
            if (!CITY_CODE.matcher(code).matches()) {
                throw new IllegalArgumentException("a local government code is 6 digits, got \"" + code + "\"");
            }
        }
        if (cards < 0 || cards > 9999) {
            throw new IllegalArgumentException("cards must be 0..9999, got " + cards);
        }
        Set<String> seen = new HashSet<>();
        for (String id : nodeIds(cityCodes, hubIds, relayIds, kioskIds)) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("node id " + id + " appears twice");
            }
        }
    }

    /** Akita (052019) and Yokote (052035), {@code hub-1}, {@code relay-1}, {@code kiosk-0001}, 5 cards. */
    public static PkiSpec demo() {
        return new PkiSpec(List.of("052019", "052035"), List.of("hub-1"), List.of("relay-1"), List.of("kiosk-0001"),
                5, 20240101L);
    }

    /** The node id of the city server with local government code {@code cityCode}. */
    public static String cityNodeId(String cityCode) {
        return "city-" + cityCode;
    }

    private static List<String> nodeIds(List<String> cityCodes, List<String> hubIds, List<String> relayIds,
            List<String> kioskIds) {
        return Stream.of(cityCodes.stream().map(PkiSpec::cityNodeId), hubIds.stream(),
                relayIds.stream(), kioskIds.stream()).flatMap(ids -> ids).toList();
    }
}
