package jp.konbini.protocol;

import java.util.Optional;

/** What the kiosk reports after trying to print: the ledger moves to PRINTED, or VOIDED with a refund. */
public enum PrintOutcome {
    PRINTED(1),
    PRINT_FAILED(2);

    private final int code;

    PrintOutcome(int code) {
        this.code = code;
    }

    /** The value carried on the wire. */
    public int code() {
        return code;
    }

    /** The outcome for a wire value, or empty when a peer sent one this build does not know. */
    public static Optional<PrintOutcome> fromCode(int code) {
        for (PrintOutcome outcome : values()) {
            if (outcome.code == code) {
                return Optional.of(outcome);
            }
        }
        return Optional.empty();
    }
}
