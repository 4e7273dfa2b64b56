package jp.konbini.crypto.card;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.util.Arrays;

/**
 * The JPKI applet of a My Number card (公的個人認証 AP), emulated over a {@link CardFile}: it answers
 * the same APDUs with the same status words as the chip, so the kiosk code that drives it also drives a
 * real card. Only the user-authentication side is present: EF 000A (certificate, readable), EF 0017
 * (key, signs after the PIN) and EF 0018 (PIN, 3 tries, counter kept in the card file across runs).
 *
 * <p>Bytes and status words follow what OpenSC's {@code card-jpki.c} sends and expects: SELECT by DF
 * name {@code 00 A4 04 0C}, SELECT EF {@code 00 A4 02 0C}, READ BINARY {@code 00 B0}, VERIFY
 * {@code 00 20 00 80} ({@code 63 Cx} wrong with x tries left, {@code 69 84} blocked; without data it
 * only reports the tries left), COMPUTE DIGITAL SIGNATURE {@code 80 2A 00 80} over a DigestInfo
 * (RSA PKCS#1 v1.5 by the card). One applet serves one kiosk at a time, like a chip in one reader.
 */
public final class JpkiApplet implements CardChannelPort {

    /** The JPKI applet's AID (DF name). */
    private static final byte[] AID = {(byte) 0xD3, (byte) 0x92, (byte) 0xF0, 0x00, 0x26, 0x01, 0x00, 0x00, 0x00, 0x01};
    /** The ATR OpenSC's jpki driver matches: T=1 only, so case-4 APDUs need no GET RESPONSE. */
    private static final byte[] ATR = {0x3B, (byte) 0xE0, 0x00, (byte) 0xFF, (byte) 0x81, 0x31, (byte) 0xFE, 0x45, 0x14};

    static final int EF_AUTH_CERTIFICATE = 0x000A;
    static final int EF_AUTH_KEY = 0x0017;
    static final int EF_AUTH_PIN = 0x0018;
    private static final int NONE = -1;
    // RSA-2048 PKCS#1 v1.5 leaves room for at most 256 - 11 bytes of DigestInfo.
    private static final int MAX_DIGEST_INFO = 245;

    private final CardFile card;
    private final byte[] certificateDer;
    private boolean applicationSelected;
    private int currentEf = NONE;
    private boolean pinVerified;

    public JpkiApplet(CardFile card) {
        this.card = card;
        try {
            this.certificateDer = card.certificate().getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("the card's certificate cannot be encoded", e);
        }
    }

    /** The answer to reset this card gives a reader. */
    public static byte[] atr() {
        return ATR.clone();
    }

    /** The JPKI applet's AID, {@code D3 92 F0 00 26 01 00 00 00 01}. */
    public static byte[] aid() {
        return AID.clone();
    }

    /** A cold or warm reset: nothing selected, the PIN to be verified again. The counter stays. */
    public synchronized void reset() {
        applicationSelected = false;
        currentEf = NONE;
        pinVerified = false;
    }

    @Override
    public synchronized byte[] transmit(byte[] commandApdu) {
        return respond(commandApdu).encoded();
    }

    private ResponseApdu respond(byte[] bytes) {
        CommandApdu c = CommandApdu.parse(bytes).orElse(null);
        if (c == null) {
            return ResponseApdu.status(StatusWords.WRONG_LENGTH);
        }
        if (c.cla() == 0x00) {
            return switch (c.ins()) {
                case 0xA4 -> select(c);
                case 0xB0 -> readBinary(c);
                case 0x20 -> verify(c);
                default -> ResponseApdu.status(StatusWords.INS_NOT_SUPPORTED);
            };
        }
        if (c.cla() == 0x80) {
            return c.ins() == 0x2A ? sign(c) : ResponseApdu.status(StatusWords.INS_NOT_SUPPORTED);
        }
        return ResponseApdu.status(StatusWords.CLA_NOT_SUPPORTED);
    }

    private ResponseApdu select(CommandApdu c) {
        if (c.p2() != 0x0C && c.p2() != 0x00) {
            return ResponseApdu.status(StatusWords.WRONG_P1_P2);
        }
        switch (c.p1()) {
            case 0x04 -> {
                if (!Arrays.equals(c.data(), AID)) {
                    return ResponseApdu.status(StatusWords.FILE_NOT_FOUND);
                }
                applicationSelected = true;
                currentEf = NONE;
                pinVerified = false;
                return ResponseApdu.status(StatusWords.OK);
            }
            case 0x02 -> {
                if (c.data().length != 2) {
                    return ResponseApdu.status(StatusWords.WRONG_LENGTH);
                }
                int fid = (c.data()[0] & 0xFF) << 8 | (c.data()[1] & 0xFF);
                if (!applicationSelected
                        || (fid != EF_AUTH_CERTIFICATE && fid != EF_AUTH_KEY && fid != EF_AUTH_PIN)) {
                    return ResponseApdu.status(StatusWords.FILE_NOT_FOUND);
                }
                currentEf = fid;
                return ResponseApdu.status(StatusWords.OK);
            }
            default -> {
                return ResponseApdu.status(StatusWords.WRONG_P1_P2);
            }
        }
    }

    private ResponseApdu readBinary(CommandApdu c) {
        if (currentEf != EF_AUTH_CERTIFICATE) {
            return ResponseApdu.status(StatusWords.COMMAND_NOT_ALLOWED);
        }
        if ((c.p1() & 0x80) != 0) {
            return ResponseApdu.status(StatusWords.WRONG_P1_P2); // short EF identifiers are not used here
        }
        if (c.le() < 0 || c.data().length != 0) {
            return ResponseApdu.status(StatusWords.WRONG_LENGTH);
        }
        int offset = c.p1() << 8 | c.p2();
        if (offset >= certificateDer.length) {
            return ResponseApdu.status(StatusWords.WRONG_OFFSET);
        }
        int n = Math.min(c.le(), certificateDer.length - offset);
        return new ResponseApdu(Arrays.copyOfRange(certificateDer, offset, offset + n), StatusWords.OK);
    }

    private ResponseApdu verify(CommandApdu c) {
        if (c.p1() != 0x00 || c.p2() != 0x80) {
            return ResponseApdu.status(StatusWords.WRONG_P1_P2);
        }
        if (currentEf != EF_AUTH_PIN) {
            return ResponseApdu.status(StatusWords.COMMAND_NOT_ALLOWED);
        }
        try {
            if (c.data().length == 0) {
                int left = card.triesLeft();
                return ResponseApdu.status(left == 0 ? StatusWords.PIN_BLOCKED : StatusWords.PIN_TRIES_LEFT_BASE | left);
            }
            PinResult result = card.verifyPin(new String(c.data(), StandardCharsets.US_ASCII));
            pinVerified = result instanceof PinResult.Accepted;
            return ResponseApdu.status(switch (result) {
                case PinResult.Accepted a -> StatusWords.OK;
                case PinResult.Wrong w -> StatusWords.PIN_TRIES_LEFT_BASE | w.triesLeft();
                case PinResult.Blocked b -> StatusWords.PIN_BLOCKED;
                case PinResult.Malformed m -> StatusWords.WRONG_DATA;
            });
        } catch (UncheckedIOException | IllegalStateException e) {
            // the counter could not be written, or another card was written over the file
            pinVerified = false;
            return ResponseApdu.status(StatusWords.MEMORY_FAILURE);
        }
    }

    private ResponseApdu sign(CommandApdu c) {
        if (c.p1() != 0x00 || c.p2() != 0x80) {
            return ResponseApdu.status(StatusWords.WRONG_P1_P2);
        }
        if (currentEf != EF_AUTH_KEY) {
            return ResponseApdu.status(StatusWords.COMMAND_NOT_ALLOWED);
        }
        if (!pinVerified) {
            return ResponseApdu.status(StatusWords.SECURITY_STATUS_NOT_SATISFIED);
        }
        if (c.data().length == 0 || c.data().length > MAX_DIGEST_INFO) {
            return ResponseApdu.status(StatusWords.WRONG_LENGTH);
        }
        return new ResponseApdu(card.signDigestInfo(c.data()), StatusWords.OK);
    }
}
