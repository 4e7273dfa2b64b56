package jp.konbini.tools;

import java.util.List;

/**
 * A city of the one-machine lab: its local government code, the names its certificates carry, and the
 * seed of its synthetic residents (a different seed, different people).
 *
 * @param code 6-digit local government code with a valid check digit
 * @param name 市区町村名 as printed
 * @param mayor the 市長 line of the certification
 * @param seed the random seed of its synthetic residents
 */
record LabCity(String code, String name, String mayor, long seed) {
    /** Akita (秋田市) and Yokote (横手市), both in Akita prefecture. */
    static final List<LabCity> ALL = List.of(
            new LabCity("052019", "秋田市", "秋田市長　久保田　誠", 52019L),
            new LabCity("052035", "横手市", "横手市長　髙橋　大", 52035L));

    /** The city server's node id, as {@code pki init} names its certificate. */
    String nodeId() {
        return "city-" + code;
    }
}
