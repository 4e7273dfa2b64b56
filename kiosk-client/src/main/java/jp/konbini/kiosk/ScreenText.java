package jp.konbini.kiosk;

import jp.konbini.protocol.ErrorCode;

/**
 * What the kiosk screen says for each result: one line in Japanese, then English. Error lines start
 * with the code so a resident can quote it to the help desk.
 */
final class ScreenText {
    private ScreenText() {
    }

    static String line(IssueResult result) {
        return switch (result) {
            case IssueResult.Issued i -> "証明書を印刷しました。カードと証明書をお取りください。 / "
                    + "Certificate printed: " + i.output() + " (serial " + i.certificateSerial() + "). "
                    + "Please take your card and the certificate.";
            case IssueResult.PinWrong w -> w.triesLeft() > 0
                    ? code(ErrorCode.PIN_WRONG) + "暗証番号が違います。あと" + w.triesLeft() + "回間違えるとカードがロックされます。 / "
                    + "Wrong PIN: " + w.triesLeft() + (w.triesLeft() == 1 ? " try" : " tries") + " left before the card locks."
                    : code(ErrorCode.PIN_BLOCKED) + "暗証番号を3回間違えたため、カードがロックされました。市区町村の窓口で解除してください。 / "
                    + "Wrong PIN three times: the card is now locked. The city office can unlock it.";
            case IssueResult.PinBlocked b -> code(ErrorCode.PIN_BLOCKED) + ErrorCode.PIN_BLOCKED.japanese() + " / "
                    + ErrorCode.PIN_BLOCKED.english();
            case IssueResult.Refused r -> code(r.code()) + r.code().japanese() + " / " + r.code().english();
            case IssueResult.Unreachable u -> code(ErrorCode.UNAVAILABLE) + ErrorCode.UNAVAILABLE.japanese() + " / "
                    + ErrorCode.UNAVAILABLE.english() + " (" + u.reason() + ")";
        };
    }

    static int exitCode(IssueResult result) {
        return switch (result) {
            case IssueResult.Issued i -> 0;
            case IssueResult.Refused r -> 2;
            case IssueResult.PinWrong w -> 3;
            case IssueResult.PinBlocked b -> 3;
            case IssueResult.Unreachable u -> 4;
        };
    }

    private static String code(ErrorCode c) {
        return String.format("[E%03d] ", c.code());
    }
}
