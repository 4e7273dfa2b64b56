package jp.konbini.kiosk;

import java.nio.file.Path;
import jp.konbini.protocol.ErrorCode;

/** How one visit to the kiosk ended; each has the line the screen shows and an exit code. */
sealed interface IssueResult {
    /** Printed (written to the output file) and confirmed to the city. */
    record Issued(Path output, String certificateSerial, long bytes) implements IssueResult {
    }

    /** The card refused the PIN; {@code triesLeft} is 0 when the card is now blocked. */
    record PinWrong(int triesLeft) implements IssueResult {
    }

    /** The card's PIN is blocked: the card key was not touched. */
    record PinBlocked() implements IssueResult {
    }

    /** Refused by the service or by the kiosk's own checks, with the code shown to the resident. */
    record Refused(ErrorCode code) implements IssueResult {
    }

    /** The relay or the hub could not be reached or stopped answering. */
    record Unreachable(String reason) implements IssueResult {
    }
}
