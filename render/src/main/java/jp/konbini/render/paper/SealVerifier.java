package jp.konbini.render.paper;

import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Checks a signed code offline against the city seal keys the verifier trusts. */
public final class SealVerifier {

    private final List<TrustedSealKey> keys;

    public SealVerifier(List<TrustedSealKey> keys) {
        this.keys = List.copyOf(keys);
    }

    public SealVerdict verify(byte[] code) {
        Optional<SealPayload.Signed> parsed = SealPayload.parse(code);
        if (parsed.isEmpty()) {
            return new SealVerdict.Malformed();
        }
        SealPayload.Signed signed = parsed.get();
        String keyIdHex = HexFormat.of().formatHex(signed.payload().keyId());
        for (TrustedSealKey key : keys) {
            if (!java.util.Arrays.equals(SealSigner.keyId(key.publicKey()), signed.payload().keyId())) {
                continue;
            }
            if (!valid(key, signed)) {
                return new SealVerdict.BadSignature(keyIdHex);
            }
            return key.current()
                    ? new SealVerdict.Genuine(signed.payload(), key.issuer())
                    : new SealVerdict.RetiredKey(signed.payload(), key.issuer());
        }
        return new SealVerdict.UnknownKey(keyIdHex);
    }

    private static boolean valid(TrustedSealKey key, SealPayload.Signed signed) {
        try {
            Signature s = Signature.getInstance("SHA256withECDSAinP1363Format");
            s.initVerify(key.publicKey());
            s.update(signed.signedBytes());
            return s.verify(signed.signature());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
