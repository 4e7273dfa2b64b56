package jp.konbini.kiosk;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import jp.konbini.crypto.card.CardChannelPort;
import jp.konbini.crypto.card.PinResult;
import jp.konbini.crypto.card.ResponseApdu;
import jp.konbini.crypto.card.StatusWords;
import jp.konbini.kiosk.CardAccessException.Problem;

/**
 * A My Number card's JPKI applet (公的個人認証 AP) driven through APDUs: whatever is behind the
 * {@link CardChannelPort} (the emulated card, a virtual card behind pcscd, a real card in a reader)
 * is used the same way. The certificate is read once, when the card is opened; the PIN and the
 * signature go to the card every time.
 *
 * <p>Every answer is checked: a status word the applet does not give for a command, or a response of
 * the wrong length, is a {@link CardAccessException} with its {@link Problem}, never a wrong value.
 */
final class JpkiCard implements Card {
    /** An RSA-2048 signature. */
    private static final int SIGNATURE_BYTES = 256;
    /** The user-authentication certificate is about 1.5 KB; anything far larger is not one. */
    private static final int MAX_CERTIFICATE_BYTES = 8 * 1024;

    private final CardChannelPort channel;
    private final X509Certificate certificate;

    private JpkiCard(CardChannelPort channel, X509Certificate certificate) {
        this.channel = channel;
        this.certificate = certificate;
    }

    /** Selects the JPKI applet and reads the user-authentication certificate (EF 000A; no PIN needed). */
    static JpkiCard open(CardChannelPort channel) {
        ResponseApdu selected = send(channel, JpkiCommands.selectJpkiApplication(), "SELECT JPKI AP");
        if (selected.statusWord() == StatusWords.FILE_NOT_FOUND) {
            throw new CardAccessException(Problem.NOT_A_JPKI_CARD, "the card has no JPKI applet (SELECT answered 6A82)");
        }
        expectOk(selected, "SELECT JPKI AP");
        return new JpkiCard(channel, readCertificate(channel));
    }

    @Override
    public X509Certificate certificate() {
        return certificate;
    }

    @Override
    public PinResult verifyPin(String pin) {
        if (pin == null || pin.length() != 4 || !pin.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return new PinResult.Malformed(); // never sent: a malformed PIN must not cost a try
        }
        selectEf(JpkiCommands.EF_AUTH_PIN);
        byte[] ascii = pin.getBytes(StandardCharsets.US_ASCII);
        ResponseApdu r;
        try {
            r = send(channel, JpkiCommands.verifyPin(ascii), "VERIFY");
        } finally {
            Arrays.fill(ascii, (byte) 0);
        }
        expectNoData(r, "VERIFY");
        int sw = r.statusWord();
        if (sw == StatusWords.OK) {
            return new PinResult.Accepted();
        }
        if (StatusWords.isTriesLeft(sw)) {
            return new PinResult.Wrong(sw & 0x0F);
        }
        if (sw == StatusWords.PIN_BLOCKED) {
            return new PinResult.Blocked();
        }
        throw unexpected("VERIFY", sw);
    }

    @Override
    public byte[] signDigestInfo(byte[] digestInfo) {
        selectEf(JpkiCommands.EF_AUTH_KEY);
        ResponseApdu r = send(channel, JpkiCommands.computeDigitalSignature(digestInfo), "COMPUTE DIGITAL SIGNATURE");
        expectOk(r, "COMPUTE DIGITAL SIGNATURE");
        byte[] signature = r.data();
        if (signature.length != SIGNATURE_BYTES) {
            throw new CardAccessException(Problem.MALFORMED_RESPONSE,
                    "COMPUTE DIGITAL SIGNATURE returned " + signature.length + " bytes, not " + SIGNATURE_BYTES);
        }
        return signature;
    }

    private void selectEf(int fileId) {
        String step = String.format("SELECT EF %04X", fileId);
        ResponseApdu r = send(channel, JpkiCommands.selectEf(fileId), step);
        expectOk(r, step);
        expectNoData(r, step);
    }

    private static X509Certificate readCertificate(CardChannelPort channel) {
        String step = "SELECT EF 000A";
        ResponseApdu selected = send(channel, JpkiCommands.selectEf(JpkiCommands.EF_AUTH_CERTIFICATE), step);
        expectOk(selected, step);
        byte[] header = readChunk(channel, 0, JpkiCommands.CERTIFICATE_HEADER);
        // A certificate is a DER SEQUENCE longer than 255 bytes: 30 82 and a two-byte length.
        if (header.length != JpkiCommands.CERTIFICATE_HEADER || (header[0] & 0xFF) != 0x30 || (header[1] & 0xFF) != 0x82) {
            throw new CardAccessException(Problem.MALFORMED_RESPONSE, "EF 000A does not start with a DER certificate header");
        }
        int total = JpkiCommands.CERTIFICATE_HEADER + ((header[2] & 0xFF) << 8 | (header[3] & 0xFF));
        if (total > MAX_CERTIFICATE_BYTES) {
            throw new CardAccessException(Problem.MALFORMED_RESPONSE, "EF 000A announces " + total + " bytes");
        }
        ByteArrayOutputStream der = new ByteArrayOutputStream(total);
        while (der.size() < total) {
            int want = Math.min(JpkiCommands.MAX_CHUNK, total - der.size());
            der.writeBytes(readChunk(channel, der.size(), want));
        }
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der.toByteArray()));
        } catch (CertificateException | RuntimeException e) {
            throw new CardAccessException(Problem.MALFORMED_RESPONSE, "EF 000A is not a readable certificate", e);
        }
    }

    /** One READ BINARY: between 1 and {@code length} bytes, as a card may send fewer than asked. */
    private static byte[] readChunk(CardChannelPort channel, int offset, int length) {
        ResponseApdu r = send(channel, JpkiCommands.readBinary(offset, length), "READ BINARY");
        expectOk(r, "READ BINARY");
        byte[] data = r.data();
        if (data.length == 0 || data.length > length) {
            throw new CardAccessException(Problem.MALFORMED_RESPONSE,
                    "READ BINARY at " + offset + " for " + length + " bytes returned " + data.length);
        }
        return data;
    }

    private static ResponseApdu send(CardChannelPort channel, byte[] command, String step) {
        byte[] response;
        try {
            response = channel.transmit(command);
        } catch (IOException e) {
            throw new CardAccessException(Problem.UNREACHABLE, step + ": " + e.getMessage(), e);
        }
        return ResponseApdu.parse(response).orElseThrow(() -> new CardAccessException(Problem.MALFORMED_RESPONSE,
                step + ": a response of " + (response == null ? 0 : response.length) + " bytes has no status word"));
    }

    private static void expectOk(ResponseApdu r, String step) {
        if (r.statusWord() != StatusWords.OK) {
            throw unexpected(step, r.statusWord());
        }
    }

    private static void expectNoData(ResponseApdu r, String step) {
        if (r.data().length != 0) {
            throw new CardAccessException(Problem.MALFORMED_RESPONSE, step + " answered with unexpected data");
        }
    }

    private static CardAccessException unexpected(String step, int sw) {
        return new CardAccessException(Problem.UNEXPECTED_STATUS, String.format("%s answered %04X", step, sw));
    }
}
