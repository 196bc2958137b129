package com.mangaassist.orchestrator.config;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads a turn hands its independent I/O to (recording the turn while it is answered, reading the profile
 * while the catalog is searched). Not an {@link Executor} bean itself, so Spring's own task executor stays as
 * configured. No queue: when every thread is busy the turn's own thread does the work, so a burst slows turns
 * down instead of failing them.
 */
final class TurnIo implements AutoCloseable {

    /** A turn in flight uses at most one of these at a time; Tomcat's request threads bound the turns. */
    static final int MAX_THREADS = 64;

    private static final int CORE_THREADS = 8;
    private static final Duration IDLE = Duration.ofSeconds(60);

    private final ThreadPoolExecutor executor;

    TurnIo() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = runnable -> {
            Thread thread = new Thread(runnable, "turn-io-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        executor = new ThreadPoolExecutor(
                CORE_THREADS,
                MAX_THREADS,
                IDLE.toSeconds(),
                TimeUnit.SECONDS,
                new SynchronousQueue<>(),
                threads,
                new ThreadPoolExecutor.CallerRunsPolicy());
    }

    Executor executor() {
        return executor;
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
