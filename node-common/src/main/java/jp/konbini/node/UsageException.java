package jp.konbini.node;

/** A command line that cannot be used; the message is the one line the user sees. */
public final class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
