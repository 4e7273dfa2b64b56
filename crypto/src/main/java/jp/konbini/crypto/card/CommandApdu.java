package jp.konbini.crypto.card;

import java.util.Arrays;
import java.util.Optional;

/**
 * A short command APDU (ISO 7816-4 cases 1 to 4) as the emulated applet reads it. {@code le} is -1
 * when absent; an encoded {@code Le} of 00 means 256.
 */
record CommandApdu(int cla, int ins, int p1, int p2, byte[] data, int le) {

    /** Empty when the bytes are no well-formed short APDU (the card answers {@code 67 00}). */
    static Optional<CommandApdu> parse(byte[] b) {
        if (b == null || b.length < 4) {
            return Optional.empty();
        }
        int cla = b[0] & 0xFF;
        int ins = b[1] & 0xFF;
        int p1 = b[2] & 0xFF;
        int p2 = b[3] & 0xFF;
        if (b.length == 4) {
            return Optional.of(new CommandApdu(cla, ins, p1, p2, new byte[0], -1));
        }
        int first = b[4] & 0xFF;
        if (b.length == 5) {
            return Optional.of(new CommandApdu(cla, ins, p1, p2, new byte[0], first == 0 ? 256 : first));
        }
        // Extended lengths (a 00 first length byte followed by more) are not spoken by this card.
        if (first == 0 || b.length < 5 + first || b.length > 6 + first) {
            return Optional.empty();
        }
        byte[] data = Arrays.copyOfRange(b, 5, 5 + first);
        int le = -1;
        if (b.length == 6 + first) {
            int l = b[5 + first] & 0xFF;
            le = l == 0 ? 256 : l;
        }
        return Optional.of(new CommandApdu(cla, ins, p1, p2, data, le));
    }
}
