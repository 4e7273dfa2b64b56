package jp.konbini.protocol;

import java.util.Arrays;

/**
 * The hub's single-use nonce; the card signs it inside {@link IssueRequest#signedContent()} so that a
 * captured request cannot be replayed.
 *
 * @param nonce                {@value #NONCE_LENGTH} random bytes
 * @param expiresAtEpochMillis after this instant the hub answers {@link ErrorCode#CHALLENGE_INVALID}
 */
public record Challenge(byte[] nonce, long expiresAtEpochMillis) implements Message {

    /** Size of every challenge nonce. */
    public static final int NONCE_LENGTH = ByteArrays.DIGEST_LENGTH;

    public Challenge {
        nonce = ByteArrays.copyOfLength(nonce, NONCE_LENGTH, "nonce");
    }

    @Override
    public byte[] nonce() {
        return nonce.clone();
    }

    @Override
    public MessageType type() {
        return MessageType.CHALLENGE;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Challenge c && expiresAtEpochMillis == c.expiresAtEpochMillis
                && Arrays.equals(nonce, c.nonce);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(nonce) + Long.hashCode(expiresAtEpochMillis);
    }

    @Override
    public String toString() {
        return "Challenge[nonce=" + ByteArrays.describe(nonce) + ", expiresAtEpochMillis=" + expiresAtEpochMillis + "]";
    }
}
