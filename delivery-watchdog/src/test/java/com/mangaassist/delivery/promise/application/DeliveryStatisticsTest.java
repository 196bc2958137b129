package com.mangaassist.delivery.promise.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.delivery.promise.domain.ClaimOutcome;
import com.mangaassist.delivery.promise.domain.DeliveryPromises;
import com.mangaassist.delivery.promise.domain.Promise;
import com.mangaassist.model.delivery.PromiseStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeliveryStatisticsTest {

    private static final Instant NOW = Instant.parse("2026-03-04T05:06:07.890Z");
    private static final Duration INTERVAL = Duration.ofMinutes(1);

    private final CountingPromises promises = new CountingPromises();
    private final StubLease lease = new StubLease();
    private final DeliveryStatistics statistics =
            new DeliveryStatistics(promises, lease, INTERVAL, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void eachCountIsOneBoundedQueryOverTheWindowItNames() {
        statistics.now();

        assertThat(promises.asked)
                .extracting(Asked::status, Asked::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PromiseStatus.PENDING, NOW.plus(Duration.ofDays(30))),
                        org.assertj.core.groups.Tuple.tuple(PromiseStatus.PENDING, NOW.plusMillis(1)),
                        org.assertj.core.groups.Tuple.tuple(PromiseStatus.PENDING, NOW.minus(INTERVAL.multipliedBy(2))),
                        org.assertj.core.groups.Tuple.tuple(PromiseStatus.DELIVERED, NOW),
                        org.assertj.core.groups.Tuple.tuple(PromiseStatus.FALLBACK, NOW));
        assertThat(promises.asked.get(3).from()).isEqualTo(NOW.minus(Duration.ofHours(1)));
        assertThat(promises.asked).allMatch(asked -> asked.limit() == DeliveryStatistics.COUNT_LIMIT);
    }

    @Test
    void aCountThatHitsTheCapMarksTheAnswerTruncated() {
        promises.truncateStatus = PromiseStatus.FALLBACK;

        assertThat(statistics.now().truncated()).isTrue();
    }

    @Test
    void watchdogIsStaleWhenItNeverCompletedARun() {
        DeliveryStatistics.Watchdog watchdog = statistics.now().watchdog();

        assertThat(watchdog.lastRunAt()).isNull();
        assertThat(watchdog.stale()).isTrue();
        assertThat(watchdog.interval()).isEqualTo(INTERVAL);
    }

    @Test
    void watchdogIsFreshWithinThreeIntervalsAndStaleAfter() {
        lease.completedAt = NOW.minus(INTERVAL.multipliedBy(3));
        assertThat(statistics.now().watchdog().stale()).isFalse();

        lease.completedAt = NOW.minus(INTERVAL.multipliedBy(3)).minusMillis(1);
        DeliveryStatistics.Watchdog watchdog = statistics.now().watchdog();
        assertThat(watchdog.stale()).isTrue();
        assertThat(watchdog.lastRunAt()).isEqualTo(lease.completedAt);
    }

    @Test
    void aPastWindowCountsItsPromisesByHowTheyWereKept() {
        Instant from = Instant.parse("2026-02-22T15:00:00Z");
        Instant to = Instant.parse("2026-03-01T15:00:00Z");

        DeliveryStatistics.WindowStats week = statistics.window(from, to);

        assertThat(promises.asked)
                .extracting(Asked::status)
                .containsExactly(PromiseStatus.DELIVERED, PromiseStatus.FALLBACK, PromiseStatus.PENDING);
        assertThat(promises.asked).allSatisfy(asked -> {
            assertThat(asked.from()).isEqualTo(from);
            assertThat(asked.to()).isEqualTo(to);
        });
        // the fake counts 1, 2, 3 in the order asked
        assertThat(week.delivered()).isEqualTo(1);
        assertThat(week.fallback()).isEqualTo(2);
        assertThat(week.pending()).isEqualTo(3);
        assertThat(week.keptOnTimeShare()).isEqualTo(1.0 / 3);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> statistics.window(to, from))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> statistics.window(from, from.plus(Duration.ofDays(32))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private record Asked(PromiseStatus status, Instant from, Instant to, long limit) {}

    private static final class CountingPromises implements DeliveryPromises {
        final List<Asked> asked = new ArrayList<>();
        PromiseStatus truncateStatus;

        @Override
        public Count count(PromiseStatus status, Instant dueFrom, Instant dueTo, long limit) {
            asked.add(new Asked(status, dueFrom, dueTo, limit));
            return status == truncateStatus ? new Count(limit, true) : new Count(asked.size(), false);
        }

        @Override
        public Optional<Promise> find(String messageId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ClaimOutcome claim(String messageId, Instant now, Instant until) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void release(String messageId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean settle(String messageId, SettledAs settledAs, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean recordHeartbeat(String messageId, Instant now, Instant lastNotAfter) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Promise> pendingDueBy(Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Promise> pendingDueAfter(Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Promise> pendingCreatedBetween(Instant from, Instant to) {
            throw new UnsupportedOperationException();
        }
    }

    private static final class StubLease implements JobLease {
        Instant completedAt;

        @Override
        public Optional<Held> acquire(String name, Instant now, Instant until) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void release(Held lease, Instant until) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void releaseCompleted(Held lease, Instant until, Instant completedAt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Instant> lastCompletedAt(String name) {
            assertThat(name).isEqualTo(WatchdogScan.LEASE_NAME);
            return Optional.ofNullable(completedAt);
        }
    }
}
