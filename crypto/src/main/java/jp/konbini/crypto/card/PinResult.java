package jp.konbini.crypto.card;

/**
 * The card's answer to a PIN verification (VERIFY on EF 0018): {@code 90 00}, {@code 63 Cx},
 * {@code 69 84}, or a PIN the card never looked at.
 */
public sealed interface PinResult permits PinResult.Accepted, PinResult.Wrong, PinResult.Blocked, PinResult.Malformed {

    /** Right PIN ({@code 90 00}): the tries counter is back at 3 and the card will sign. */
    record Accepted() implements PinResult {
    }

    /**
     * Wrong PIN ({@code 63 Cx}): {@code triesLeft} more attempts before the card blocks. The third wrong
     * PIN in a row answers {@code Wrong(0)}, as a real card answers {@code 63 C0}; after that, {@link Blocked}.
     */
    record Wrong(int triesLeft) implements PinResult {
    }

    /** The counter is at 0 ({@code 69 84}): no PIN is even tried; only the municipality can unblock. */
    record Blocked() implements PinResult {
    }

    /** Not exactly 4 ASCII digits: rejected before the card, the counter untouched. */
    record Malformed() implements PinResult {
    }
}
