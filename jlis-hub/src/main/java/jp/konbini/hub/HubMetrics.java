package jp.konbini.hub;

import java.util.concurrent.atomic.AtomicLong;

/** Counters an operator watches; a binding mismatch must never be zero-noise. */
final class HubMetrics {
    static final AtomicLong BINDING_MISMATCHES = new AtomicLong();

    private HubMetrics() {
    }
}
