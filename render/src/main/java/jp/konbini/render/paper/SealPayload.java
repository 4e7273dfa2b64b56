package jp.konbini.render.paper;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * What the signed code on a sheet's back carries: the certificate serial, which page of it the sheet's front
 * is ({@code page} of {@code pages}), the SHA-256 of that page's image as the city encoded it (the bytes the
 * printer received), a coarse picture hash of that front (so the scramble image can be checked against the
 * code), and the id of the city's signing key. The signature (ECDSA P-256, 64-byte P1363) covers every byte
 * before it. Version 2: version 1 had no page numbers and bound only one page.
 */
public record SealPayload(String serial, int page, int pages, byte[] frontDigest, byte[] frontHash, byte[] keyId) {

    static final byte MAGIC_1 = 'K';
    static final byte MAGIC_2 = 'S';
    static final byte VERSION = 2;
    public static final int SIGNATURE_LENGTH = 64;
    /** Pages are numbered in one byte each. */
    public static final int MAX_PAGES = 255;

    public SealPayload {
        if (serial.isEmpty() || serial.getBytes(StandardCharsets.UTF_8).length > 64) {
            throw new IllegalArgumentException("the serial must be 1..64 bytes");
        }
        if (pages < 1 || pages > MAX_PAGES || page < 1 || page > pages) {
            throw new IllegalArgumentException("page " + page + " of " + pages + " is not a page");
        }
        if (frontDigest.length != 32 || frontHash.length != FrontHash.BYTES || keyId.length != 8) {
            throw new IllegalArgumentException("seal payload field sizes are wrong");
        }
    }

    /** The signed bytes. */
    public byte[] toBeSigned() {
        byte[] s = serial.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(MAGIC_1);
        out.write(MAGIC_2);
        out.write(VERSION);
        out.writeBytes(keyId);
        out.write(s.length);
        out.writeBytes(s);
        out.write(page);
        out.write(pages);
        out.writeBytes(frontDigest);
        out.writeBytes(frontHash);
        return out.toByteArray();
    }

    /** Splits a code's bytes into payload and signature, or empty when they are not a seal of this format. */
    public static Optional<Signed> parse(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            if (in.get() != MAGIC_1 || in.get() != MAGIC_2 || in.get() != VERSION) {
                return Optional.empty();
            }
            byte[] keyId = new byte[8];
            in.get(keyId);
            int len = in.get() & 0xff;
            byte[] s = new byte[len];
            in.get(s);
            int page = in.get() & 0xff;
            int pages = in.get() & 0xff;
            byte[] digest = new byte[32];
            in.get(digest);
            byte[] hash = new byte[FrontHash.BYTES];
            in.get(hash);
            int signedLength = in.position();
            if (in.remaining() != SIGNATURE_LENGTH || len == 0) {
                return Optional.empty();
            }
            byte[] sig = new byte[SIGNATURE_LENGTH];
            in.get(sig);
            return Optional.of(new Signed(new SealPayload(new String(s, StandardCharsets.UTF_8), page, pages, digest, hash, keyId),
                    Arrays.copyOf(bytes, signedLength), sig));
        } catch (java.nio.BufferUnderflowException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** "2/3": the page as its footer prints it. */
    public String pageLabel() {
        return page + "/" + pages;
    }

    /** A parsed code: the payload, the exact bytes that were signed, and the signature. */
    public record Signed(SealPayload payload, byte[] signedBytes, byte[] signature) {
    }
}
