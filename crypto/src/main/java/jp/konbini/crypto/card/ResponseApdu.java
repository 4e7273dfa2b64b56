package jp.konbini.crypto.card;

import java.util.Arrays;
import java.util.Optional;

/** A response APDU split into its data and its status word {@code SW1 SW2}. */
public record ResponseApdu(byte[] data, int statusWord) {

    public ResponseApdu {
        data = data.clone();
        if (statusWord < 0 || statusWord > 0xFFFF) {
            throw new IllegalArgumentException("a status word is two bytes");
        }
    }

    /** A response of status word alone. */
    public static ResponseApdu status(int statusWord) {
        return new ResponseApdu(new byte[0], statusWord);
    }

    /** Empty if {@code bytes} is shorter than a status word: a response no card sends. */
    public static Optional<ResponseApdu> parse(byte[] bytes) {
        if (bytes == null || bytes.length < 2) {
            return Optional.empty();
        }
        int n = bytes.length;
        return Optional.of(new ResponseApdu(Arrays.copyOf(bytes, n - 2),
                (bytes[n - 2] & 0xFF) << 8 | (bytes[n - 1] & 0xFF)));
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    /** The bytes on the wire: data, then SW1 SW2. */
    public byte[] encoded() {
        byte[] out = Arrays.copyOf(data, data.length + 2);
        out[data.length] = (byte) (statusWord >>> 8);
        out[data.length + 1] = (byte) statusWord;
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResponseApdu r && r.statusWord == statusWord && Arrays.equals(r.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(data) + statusWord;
    }

    @Override
    public String toString() {
        return "ResponseApdu[" + data.length + " bytes, SW " + String.format("%04X", statusWord) + "]";
    }
}
