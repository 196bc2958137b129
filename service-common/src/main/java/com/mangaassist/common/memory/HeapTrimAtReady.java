package com.mangaassist.common.memory;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * One full collection when the application is ready, before it reports ready to take traffic. Start-up
 * leaves far more garbage than the service keeps: loading the MiniLM ONNX model (orchestrator, feedback)
 * copies its 90 MB several times, and the context refresh builds throw-away metadata. Measured on the
 * orchestrator: 256 MB of old generation in use after start, 42 MB live. Without a full collection that
 * garbage stays resident until the old generation fills, hours later at low traffic, and the container's
 * memory shows the start-up peak rather than the service. With the JVM's {@code -XX:-ShrinkHeapInSteps} the
 * freed heap is given back to the operating system at once.
 *
 * <p>Runs once, synchronously in the ready event (readiness flips to accepting traffic after it), so no
 * request waits behind the pause (tens of milliseconds with the serial collector at this live size).
 * Off with {@code mangaassist.memory.trim-at-ready=false}.
 */
public final class HeapTrimAtReady implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(HeapTrimAtReady.class);

    /** A request is skipped while native code holds the heap (e.g. ONNX inference): asked again this often. */
    private static final int ATTEMPTS = 5;

    private static final Duration PAUSE = Duration.ofMillis(200);

    private final Runnable collector;
    private final LongSupplier collections;

    /** Uses {@link System#gc()}, counting the collections of every collector of this JVM. */
    public HeapTrimAtReady() {
        this(System::gc, HeapTrimAtReady::collectionsSoFar);
    }

    HeapTrimAtReady(Runnable collector, LongSupplier collections) {
        this.collector = collector;
        this.collections = collections;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        MemoryUsage before = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long start = System.nanoTime();
        int attempt = 0;
        boolean collected = false;
        while (!collected && attempt < ATTEMPTS) {
            if (attempt > 0) {
                LockSupport.parkNanos(PAUSE.toNanos());
            }
            attempt++;
            long counted = collections.getAsLong();
            collector.run();
            collected = collections.getAsLong() > counted;
        }
        MemoryUsage after = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        if (!collected) {
            log.info("heap not trimmed at ready: {} requests for a full collection were skipped", ATTEMPTS);
            return;
        }
        log.info(
                "heap trimmed at ready in {} ms ({} request(s)): used {} -> {} MB, committed {} -> {} MB",
                (System.nanoTime() - start) / 1_000_000,
                attempt,
                before.getUsed() >> 20,
                after.getUsed() >> 20,
                before.getCommitted() >> 20,
                after.getCommitted() >> 20);
    }

    private static long collectionsSoFar() {
        long total = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, collector.getCollectionCount());
        }
        return total;
    }
}
