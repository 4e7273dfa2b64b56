package jp.konbini.hub;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The hub's pool for work that must not run on an event loop: revocation lookups (which may wait up to
 * {@link HubRevocationCheck#FETCH_TIMEOUT} on the JPKI CA) and sealing print data. Its queue is bounded, so a
 * CA that stops answering makes new requests BUSY instead of growing memory.
 */
final class HubWorkers {
    /** Threads: a revocation lookup mostly waits, so more threads than cores. */
    static final int THREADS = 16;
    /** Tasks waiting at most; beyond that the request is answered BUSY. */
    static final int QUEUE = 1024;

    private HubWorkers() {
    }

    static ThreadPoolExecutor create() {
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE), r -> {
                    Thread t = new Thread(r, "hub-worker-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
