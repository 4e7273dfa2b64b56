package jp.konbini.render.paper;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;

/** SHA-256 of the front as scrambled (720 × 1024, 8-bit grey): any change to the issued front changes it. */
public final class FrontDigest {

    private FrontDigest() {
    }

    public static byte[] of(Gray front) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] row = new byte[front.width()];
            for (int y = 0; y < front.height(); y++) {
                for (int x = 0; x < front.width(); x++) {
                    row[x] = (byte) Math.round(Math.max(0f, Math.min(1f, front.get(x, y))) * 255f);
                }
                md.update(row);
            }
            return md.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
