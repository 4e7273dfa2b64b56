package jp.konbini.kiosk;

import java.security.cert.X509Certificate;
import jp.konbini.crypto.card.PinResult;

/**
 * The resident's My Number card as the kiosk sees it: the JPKI user-authentication certificate, the
 * PIN check, and a signature made on the card. The key never leaves the card.
 */
interface Card {
    X509Certificate certificate();

    PinResult verifyPin(String pin);

    /** Signs a SHA-256 DigestInfo (PKCS#1 v1.5), allowed only after a correct PIN. */
    byte[] signDigestInfo(byte[] digestInfo);
}
