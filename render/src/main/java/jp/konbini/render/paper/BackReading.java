package jp.konbini.render.paper;

/** What reading a scan of a certificate's back gives: a decoded front, or why not. */
public sealed interface BackReading {

    /**
     * Decoded: the front as issued, the code's verdict and what it names (which page of which certificate), how
     * far the decoded front is from the code's hash.
     */
    record Decoded(Gray front, SealVerdict seal, SealPayload payload, double hashDistance, int quarterTurns)
            implements BackReading {
    }

    /** The image is too small to hold a readable back. */
    record TooSmall(int width, int height) implements BackReading {
    }

    /** No corner markers at all. */
    record NoMarkers() implements BackReading {
    }

    /** Some markers, not all four: part of the back is missing from the scan. */
    record CutOff(int markersFound) implements BackReading {
    }

    /** Four markers, but the orientation strip between them is not ours. */
    record NotACertificateBack() implements BackReading {
    }

    /** The signed code cannot be read. */
    record CodeUnreadable() implements BackReading {
    }

    /** The signed code is there but the verifier rejects it. */
    record SealRejected(SealVerdict seal) implements BackReading {
    }

    /** The back belongs to another certificate than the one the verifier asked about. */
    record OtherCertificate(String expected, String found) implements BackReading {
    }

    /** The scramble image does not match the code: pasted from another certificate or altered. */
    record ScrambleMismatch(double hashDistance) implements BackReading {
    }

    /** One line for a person, Japanese then English. */
    default String message() {
        return switch (this) {
            case Decoded d -> "復号しました / decoded" + (d.quarterTurns() == 2 ? " (the scan was upside down)" : "")
                    + " — 証明書番号 " + d.payload().serial() + " の " + d.payload().page() + "/" + d.payload().pages()
                    + "ページ / page " + d.payload().pageLabel() + " of certificate " + d.payload().serial()
                    + " — " + d.seal().message();
            case TooSmall t -> "画像が小さすぎます / the image is too small (" + t.width() + "×" + t.height()
                    + "): scan the whole back at 300 dpi";
            case NoMarkers n -> "位置検出マークが見つかりません / no corner markers found: is this the back of a certificate?";
            case CutOff c -> "画像の一部が欠けています / the scan is cut off: " + c.markersFound()
                    + " of 4 corner markers found; scan the whole back";
            case NotACertificateBack n -> "証明書の裏面ではありません / this is not the back of a certificate";
            case CodeUnreadable c -> "認証コードを読み取れません / the signed code cannot be read: rescan flat and in focus";
            case SealRejected r -> r.seal().message();
            case OtherCertificate o -> "別の証明書の裏面です / this back belongs to certificate " + o.found()
                    + ", not " + o.expected();
            case ScrambleMismatch m -> "スクランブル画像が認証コードと一致しません / the scrambled image does not match the signed code"
                    + " (pasted from another certificate or altered)";
        };
    }
}
