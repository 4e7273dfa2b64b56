package jp.konbini.protocol;

/**
 * One decoded protocol message. Sealed so that a node's handler is an exhaustive {@code switch} and a new
 * message type shows up as a compile error wherever it is not yet handled.
 *
 * <p>Records holding {@code byte[]} copy them in and out, compare them by content, and print only their
 * lengths: certificates, signatures and documents never reach a log through {@code toString}.
 */
public sealed interface Message
        permits Hello, Ping, Pong, GoAway, ChallengeRequest, Challenge, IssueRequest, IssueResponse, DocumentChunk,
                PrintResult, PrintAck, ErrorMessage {

    /** The header type this message travels under. */
    MessageType type();
}
