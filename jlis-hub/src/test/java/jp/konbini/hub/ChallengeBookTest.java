package jp.konbini.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ChallengeBookTest {
    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-11-27T01:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final HandClock clock = new HandClock();
    final ChallengeBook book = new ChallengeBook(clock, Duration.ofSeconds(120), 3);

    @Test
    void a_challenge_can_be_taken_once() {
        byte[] nonce = book.issue("kiosk-0001", "052019").orElseThrow().nonce();

        assertThat(book.take(nonce, "kiosk-0001", "052019")).isTrue();
        assertThat(book.take(nonce, "kiosk-0001", "052019")).isFalse();
    }

    @Test
    void a_challenge_is_bound_to_its_kiosk_and_city() {
        byte[] a = book.issue("kiosk-0001", "052019").orElseThrow().nonce();
        byte[] b = book.issue("kiosk-0001", "052019").orElseThrow().nonce();

        assertThat(book.take(a, "kiosk-0002", "052019")).isFalse();
        assertThat(book.take(b, "kiosk-0001", "052035")).isFalse();
    }

    @Test
    void an_expired_challenge_is_refused() {
        byte[] nonce = book.issue("kiosk-0001", "052019").orElseThrow().nonce();
        clock.now = clock.now.plusSeconds(121);

        assertThat(book.take(nonce, "kiosk-0001", "052019")).isFalse();
    }

    @Test
    void a_discarded_challenge_cannot_be_taken() {
        ChallengeBook.Issued issued = book.issue("kiosk-0001", "052019").orElseThrow();
        assertThat(book.isLive(issued)).isTrue();

        book.discard(issued.nonce());

        assertThat(book.take(issued.nonce(), "kiosk-0001", "052019")).isFalse();
        clock.now = clock.now.plusSeconds(121);
        assertThat(book.isLive(issued)).isFalse();
    }

    @Test
    void a_full_book_refuses_until_challenges_expire() {
        for (int i = 0; i < 3; i++) {
            assertThat(book.issue("k", "052019")).isPresent();
        }
        assertThat(book.issue("k", "052019")).isEmpty();

        clock.now = clock.now.plusSeconds(121);
        assertThat(book.issue("k", "052019")).isPresent();
    }
}
