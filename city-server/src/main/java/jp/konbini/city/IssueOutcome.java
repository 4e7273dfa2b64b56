package jp.konbini.city;

import java.util.List;
import jp.konbini.protocol.DocumentChunk;
import jp.konbini.protocol.ErrorCode;
import jp.konbini.protocol.IssueResponse;

/** What the city answers to one issue request: the document, or a refusal with its reason code. */
sealed interface IssueOutcome {
    /** Issued and recorded in the ledger as ISSUED. */
    record Issued(IssueResponse response, List<DocumentChunk> chunks) implements IssueOutcome {
    }

    /** Not issued; nothing was recorded. */
    record Refused(ErrorCode code, String detail) implements IssueOutcome {
    }
}
