package jp.konbini.protocol;

import java.util.Objects;
import java.util.UUID;

/** 印刷結果: the kiosk tells the city whether the certificate came out of the printer. */
public record PrintResult(UUID requestId, PrintOutcome outcome) implements Message {

    public PrintResult {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(outcome, "outcome");
    }

    @Override
    public MessageType type() {
        return MessageType.PRINT_RESULT;
    }
}
