package jp.konbini.crypto.card;

/**
 * The ISO 7816-4 status words the JPKI applet answers with, as OpenSC's {@code card-jpki.c} and the
 * other open-source JPKI readers expect them.
 */
public final class StatusWords {
    /** Success. */
    public static final int OK = 0x9000;
    /** Wrong PIN: the low nibble ({@code 63 Cx}) is the number of tries left. */
    public static final int PIN_TRIES_LEFT_BASE = 0x63C0;
    /** Security status not satisfied: signing before a correct PIN. */
    public static final int SECURITY_STATUS_NOT_SATISFIED = 0x6982;
    /** Authentication method blocked: the PIN counter is at 0. */
    public static final int PIN_BLOCKED = 0x6984;
    /** Command not allowed: no current EF, or an EF this command does not apply to. */
    public static final int COMMAND_NOT_ALLOWED = 0x6986;
    /** Wrong length (Lc or Le). */
    public static final int WRONG_LENGTH = 0x6700;
    /** Incorrect data in the command (a PIN that is not 4 digits). */
    public static final int WRONG_DATA = 0x6A80;
    /** File or application not found. */
    public static final int FILE_NOT_FOUND = 0x6A82;
    /** Incorrect P1 P2. */
    public static final int WRONG_P1_P2 = 0x6A86;
    /** READ BINARY offset beyond the end of the EF. */
    public static final int WRONG_OFFSET = 0x6B00;
    /** Instruction not supported. */
    public static final int INS_NOT_SUPPORTED = 0x6D00;
    /** The card could not update its memory (the PIN counter). */
    public static final int MEMORY_FAILURE = 0x6581;
    /** Class not supported. */
    public static final int CLA_NOT_SUPPORTED = 0x6E00;

    private StatusWords() {
    }

    /** True for {@code 63 C0} to {@code 63 CF}. */
    public static boolean isTriesLeft(int sw) {
        return (sw & 0xFFF0) == PIN_TRIES_LEFT_BASE;
    }
}
