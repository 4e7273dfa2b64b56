package jp.konbini.kiosk;

import java.util.Objects;

/**
 * The card or its reader did not answer as a JPKI card does. The kiosk shows the resident a
 * "card could not be read" line for it; {@link #problem()} says which kind of failure it was and the
 * message names the step and the status word (never anything read from the card).
 */
final class CardAccessException extends RuntimeException {

    /** What went wrong between the kiosk and the card. */
    enum Problem {
        /** The reader or the card stopped answering (removed, reader unplugged, pcscd gone). */
        UNREACHABLE,
        /** The card has no JPKI applet: not a My Number card, or not in the reader the right way. */
        NOT_A_JPKI_CARD,
        /** A status word the JPKI applet does not give for this command. */
        UNEXPECTED_STATUS,
        /** A response of the wrong length or content (a short status word, an oversized chunk, a broken certificate). */
        MALFORMED_RESPONSE
    }

    private final Problem problem;

    CardAccessException(Problem problem, String message) {
        super(message);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    CardAccessException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    Problem problem() {
        return problem;
    }
}
