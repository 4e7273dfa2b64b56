package jp.konbini.kiosk;

import java.io.ByteArrayOutputStream;
import jp.konbini.crypto.card.JpkiApplet;

/**
 * The command APDUs the kiosk sends to the JPKI applet, byte for byte as OpenSC's {@code card-jpki.c}
 * and the other open-source readers send them. SELECTs ask for no FCI ({@code P2 = 0C}).
 */
final class JpkiCommands {
    static final int EF_AUTH_CERTIFICATE = 0x000A;
    static final int EF_AUTH_KEY = 0x0017;
    static final int EF_AUTH_PIN = 0x0018;
    /** The DER header of the certificate: {@code 30 82 LL LL}. */
    static final int CERTIFICATE_HEADER = 4;
    /** Le = 00 asks for up to 256 bytes. */
    static final int MAX_CHUNK = 256;

    private JpkiCommands() {
    }

    /** {@code 00 A4 04 0C 0A D3 92 F0 00 26 01 00 00 00 01}. */
    static byte[] selectJpkiApplication() {
        return withData(0x00, 0xA4, 0x04, 0x0C, JpkiApplet.aid(), false);
    }

    /** {@code 00 A4 02 0C 02 <fid>}. */
    static byte[] selectEf(int fileId) {
        return withData(0x00, 0xA4, 0x02, 0x0C, new byte[] {(byte) (fileId >>> 8), (byte) fileId}, false);
    }

    /** {@code 00 B0 <offset> <Le>}, Le 00 for 256. */
    static byte[] readBinary(int offset, int length) {
        if (offset < 0 || offset > 0x7FFF || length < 1 || length > MAX_CHUNK) {
            throw new IllegalArgumentException("READ BINARY offset " + offset + " length " + length);
        }
        return new byte[] {0x00, (byte) 0xB0, (byte) (offset >>> 8), (byte) offset, (byte) length};
    }

    /** {@code 00 20 00 80 04 <PIN as ASCII digits>}. */
    static byte[] verifyPin(byte[] asciiPin) {
        return withData(0x00, 0x20, 0x00, 0x80, asciiPin, false);
    }

    /** {@code 80 2A 00 80 <Lc> <DigestInfo> 00}: the card pads (PKCS#1 v1.5) and signs with EF 0017. */
    static byte[] computeDigitalSignature(byte[] digestInfo) {
        return withData(0x80, 0x2A, 0x00, 0x80, digestInfo, true);
    }

    private static byte[] withData(int cla, int ins, int p1, int p2, byte[] data, boolean expectResponse) {
        if (data.length < 1 || data.length > 255) {
            throw new IllegalArgumentException("short APDU data of " + data.length + " bytes");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(6 + data.length);
        out.write(cla);
        out.write(ins);
        out.write(p1);
        out.write(p2);
        out.write(data.length);
        out.writeBytes(data);
        if (expectResponse) {
            out.write(0x00);
        }
        return out.toByteArray();
    }
}
