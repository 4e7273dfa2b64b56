package jp.konbini.hub;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jp.konbini.crypto.Digests;

/**
 * Single-use challenges with a short life. A challenge is tied to the kiosk and city it was asked for;
 * taking it removes it, so a signed request cannot be replayed. The book is bounded: when full, the
 * hub answers BUSY instead of growing.
 */
final class ChallengeBook {
    /** What a challenge was issued for. */
    record Issued(byte[] nonce, Instant expiresAt) {
    }

    private record Entry(String kioskId, String cityCode, Instant expiresAt) {
    }

    private final Map<String, Entry> outstanding = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Duration lifetime;
    private final int capacity;

    ChallengeBook(Clock clock, Duration lifetime, int capacity) {
        this.clock = clock;
        this.lifetime = lifetime;
        this.capacity = capacity;
    }

    Optional<Issued> issue(String kioskId, String cityCode) {
        Instant now = clock.instant();
        if (outstanding.size() >= capacity) {
            evictExpired(now);
            if (outstanding.size() >= capacity) {
                return Optional.empty();
            }
        }
        byte[] nonce = new byte[32];
        random.nextBytes(nonce);
        Instant expiresAt = now.plus(lifetime);
        outstanding.put(Digests.hex(nonce), new Entry(kioskId, cityCode, expiresAt));
        return Optional.of(new Issued(nonce, expiresAt));
    }

    /** Takes the challenge if it exists, is unexpired and was issued for this kiosk and city. */
    boolean take(byte[] nonce, String kioskId, String cityCode) {
        Entry e = outstanding.remove(Digests.hex(nonce));
        return e != null && e.expiresAt().isAfter(clock.instant())
                && e.kioskId().equals(kioskId) && e.cityCode().equals(cityCode);
    }

    /** Whether a challenge issued earlier is still within its life. */
    boolean isLive(Issued issued) {
        return issued.expiresAt().isAfter(clock.instant());
    }

    /** Whether a challenge issued earlier can still be taken: in its life and not yet used. */
    boolean isUnused(Issued issued) {
        return isLive(issued) && outstanding.containsKey(Digests.hex(issued.nonce()));
    }

    /** Forgets a challenge that can no longer be used (the connection it was issued on closed). */
    void discard(byte[] nonce) {
        outstanding.remove(Digests.hex(nonce));
    }

    private void evictExpired(Instant now) {
        for (Iterator<Entry> it = outstanding.values().iterator(); it.hasNext(); ) {
            if (!it.next().expiresAt().isAfter(now)) {
                it.remove();
            }
        }
    }
}
