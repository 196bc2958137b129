package com.mangaassist.systemtests.review;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends {@code n} review-bound questions as fast as the suite takes them: closed loop per connection, each
 * customer asks its next question once the previous one was replied to (acknowledged, answered or refused),
 * because the gateway runs a connection's frames one at a time anyway. The customers stay connected so the
 * delayed answers reach them.
 */
final class TimeoutBurst {

    /** What the sending phase did; times are {@link System#nanoTime()}. */
    record Sent(long questions, Map<String, Long> replies, long startNanos, long endNanos, List<String> failures) {

        double seconds() {
            return (endNanos - startNanos) / 1e9;
        }
    }

    private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(60);

    private TimeoutBurst() {}

    static Sent send(List<CustomerSocket> customers, int n, PrintStream out) {
        AtomicLong next = new AtomicLong();
        AtomicLong replied = new AtomicLong();
        Map<String, Long> replies = new ConcurrentHashMap<>();
        List<String> failures = new CopyOnWriteArrayList<>();
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < customers.size(); c++) {
            CustomerSocket customer = customers.get(c);
            Thread thread = new Thread(
                    () -> {
                        for (long i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                            ReviewQuestions.Question question = ReviewQuestions.nth(i);
                            String clientMessageId = "burst-" + i;
                            try {
                                customer.ask(clientMessageId, question.text(), question.lang());
                                Optional<CustomerSocket.Received> reply =
                                        customer.awaitReplyTo(clientMessageId, REPLY_TIMEOUT);
                                replies.merge(
                                        reply.map(CustomerSocket.Received::type).orElse("(none in 60 s)"),
                                        1L,
                                        Long::sum);
                                long done = replied.incrementAndGet();
                                if (done % 100 == 0) {
                                    out.printf(
                                            "%6.1fs  burst: %d questions replied to%n",
                                            (System.nanoTime() - start) / 1e9, done);
                                }
                            } catch (RuntimeException e) {
                                failures.add(clientMessageId + ": " + e.getMessage());
                            }
                        }
                    },
                    "burst-customer-" + c);
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        return new Sent(
                Math.min(n, next.get()), new TreeMap<>(replies), start, System.nanoTime(), List.copyOf(failures));
    }
}
