package jp.konbini.render.paper;

/** What the verifier says about a signed code. */
public sealed interface SealVerdict {

    /** Signed by a current key of {@code issuer}. */
    record Genuine(SealPayload payload, String issuer) implements SealVerdict {
    }

    /** Correctly signed, but by a key that has been retired. */
    record RetiredKey(SealPayload payload, String issuer) implements SealVerdict {
    }

    /** Signed by a key the verifier does not know. */
    record UnknownKey(String keyIdHex) implements SealVerdict {
    }

    /** The signature does not match the content: the code was altered or forged. */
    record BadSignature(String keyIdHex) implements SealVerdict {
    }

    /** The code is not a seal of this format. */
    record Malformed() implements SealVerdict {
    }

    /** One line for a person, Japanese then English. */
    default String message() {
        return switch (this) {
            case Genuine g -> "署名は有効です / the seal is valid (signed by " + g.issuer() + ", certificate " + g.payload().serial() + ")";
            case RetiredKey r -> "署名は失効済みの鍵によるものです / signed by a retired key of " + r.issuer();
            case UnknownKey u -> "署名鍵が不明です / signed by an unknown key " + u.keyIdHex();
            case BadSignature b -> "署名が一致しません / the signature does not match: the code was altered or forged";
            case Malformed m -> "認証コードの形式が不正です / the code is not a certificate seal";
        };
    }
}
