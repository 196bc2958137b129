package com.mangaassist.orchestrator.routing.adapter.out.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.common.testing.MutableClock;
import com.mangaassist.model.routing.ThresholdSet;
import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.routing.domain.OverrideKind;
import com.mangaassist.orchestrator.routing.domain.SessionId;
import com.mangaassist.orchestrator.routing.domain.ThresholdConfiguration;
import com.mangaassist.orchestrator.routing.domain.ThresholdOverride;
import com.mangaassist.orchestrator.routing.domain.ThresholdVariant;
import com.mangaassist.orchestrator.routing.domain.Thresholds;
import com.mangaassist.orchestrator.routing.domain.TopicThresholds;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CachedThresholdsTest {

    private static final Instant T0 = Instant.parse("2026-11-28T11:00:00Z");
    private static final Duration TTL = Duration.ofMinutes(5);

    private final MutableClock clock = new MutableClock(T0);
    private final VersionedSource source = new VersionedSource();
    private final CachedThresholds cached = new CachedThresholds(source, TTL, clock);

    @Test
    void withinTheTtlTheCachedVersionIsServedWithoutAskingTheSource() {
        assertThat(cached.current(TopicCategory.GENERAL).active().version()).isEqualTo(1);
        source.bump(TopicCategory.GENERAL);
        clock.advance(TTL.minusMillis(1));

        assertThat(cached.current(TopicCategory.GENERAL).active().version()).isEqualTo(1);
        assertThat(source.reads(TopicCategory.GENERAL)).isEqualTo(1);
    }

    @Test
    void onceTheTtlHasPassedTheSourceIsReadAgain() {
        cached.current(TopicCategory.GENERAL);
        source.bump(TopicCategory.GENERAL);
        clock.advance(TTL);

        assertThat(cached.current(TopicCategory.GENERAL).active().version()).isEqualTo(2);
        assertThat(source.reads(TopicCategory.GENERAL)).isEqualTo(2);
    }

    @Test
    void invalidatingATopicRereadsOnlyThatTopic() {
        cached.current(TopicCategory.GENERAL);
        cached.current(TopicCategory.REFUND);
        source.bump(TopicCategory.GENERAL);
        source.bump(TopicCategory.REFUND);

        cached.invalidate(TopicCategory.GENERAL);

        assertThat(cached.current(TopicCategory.GENERAL).active().version()).isEqualTo(2);
        assertThat(cached.current(TopicCategory.REFUND).active().version()).isEqualTo(1);
    }

    @Test
    void invalidatingAllRereadsEveryTopic() {
        cached.current(TopicCategory.GENERAL);
        cached.current(TopicCategory.REFUND);
        source.bump(TopicCategory.GENERAL);
        source.bump(TopicCategory.REFUND);

        cached.invalidateAll();

        assertThat(cached.current(TopicCategory.GENERAL).active().version()).isEqualTo(2);
        assertThat(cached.current(TopicCategory.REFUND).active().version()).isEqualTo(2);
    }

    @Test
    void aTopicCodeInvalidatesThatTopicOnly() {
        cached.current(TopicCategory.LEGAL);
        cached.current(TopicCategory.COMPLAINT);
        source.bump(TopicCategory.LEGAL);
        source.bump(TopicCategory.COMPLAINT);

        cached.invalidate("legal");

        assertThat(cached.current(TopicCategory.LEGAL).active().version()).isEqualTo(2);
        assertThat(cached.current(TopicCategory.COMPLAINT).active().version()).isEqualTo(1);
    }

    @Test
    void aCodeThatNamesNoTopicInvalidatesEveryTopicToBeSafe() {
        cached.current(TopicCategory.LEGAL);
        cached.current(TopicCategory.GENERAL);
        source.bump(TopicCategory.LEGAL);
        source.bump(TopicCategory.GENERAL);

        cached.invalidate("REFUND-ish");

        assertThat(cached.current(TopicCategory.LEGAL).active().version()).isEqualTo(2);
        assertThat(cached.current(TopicCategory.GENERAL).active().version()).isEqualTo(2);
    }

    @Test
    void theWholeConfigurationIsCachedSoAnOverrideStillExpiresOnTime() {
        source.withOverrideUntil(T0.plus(Duration.ofMinutes(1)));
        SessionId session = new SessionId("s-1");
        assertThat(cached.current(TopicCategory.GENERAL)
                        .resolve(clock.instant(), session)
                        .variant())
                .isEqualTo(ThresholdVariant.OVERRIDE);

        clock.advance(Duration.ofMinutes(1));

        assertThat(source.reads(TopicCategory.GENERAL)).isEqualTo(1);
        assertThat(cached.current(TopicCategory.GENERAL)
                        .resolve(clock.instant(), session)
                        .variant())
                .isEqualTo(ThresholdVariant.ACTIVE);
        assertThat(source.reads(TopicCategory.GENERAL)).isEqualTo(1);
    }

    @Test
    void aFailingSourceIsNotCachedAndTheFailureReachesTheCaller() {
        source.failNextRead();

        assertThatThrownBy(() -> cached.current(TopicCategory.GENERAL))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("source down");
        assertThat(cached.current(TopicCategory.GENERAL).active().version()).isEqualTo(1);
    }

    @Test
    void aTtlThatIsNotPositiveIsRefused() {
        assertThatThrownBy(() -> new CachedThresholds(source, Duration.ZERO, clock))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ttl must be positive");
        assertThatThrownBy(() -> new CachedThresholds(source, Duration.ofSeconds(-1), clock))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Serves version n of every topic, counting reads; {@link #bump} stores version n + 1. */
    private static final class VersionedSource implements Thresholds {

        private final Map<TopicCategory, Long> versions = new EnumMap<>(TopicCategory.class);
        private final Map<TopicCategory, Integer> reads = new EnumMap<>(TopicCategory.class);
        private boolean failNext;
        private Instant overrideUntil;

        @Override
        public synchronized ThresholdConfiguration current(TopicCategory topic) {
            if (failNext) {
                failNext = false;
                throw new IllegalStateException("source down");
            }
            reads.merge(topic, 1, Integer::sum);
            TopicThresholds active = new TopicThresholds(
                    topic, new ThresholdSet(0.8, 0.5, 0.2), versions.getOrDefault(topic, 1L), T0, "test");
            if (overrideUntil == null) {
                return ThresholdConfiguration.of(active);
            }
            return new ThresholdConfiguration(
                    active,
                    Optional.empty(),
                    List.of(new ThresholdOverride(
                            "o-1", OverrideKind.PROFILE, new ThresholdSet(0.7, 0.5, 0.2), overrideUntil, "peak")));
        }

        synchronized void withOverrideUntil(Instant until) {
            overrideUntil = until;
        }

        synchronized void bump(TopicCategory topic) {
            versions.merge(topic, 2L, (old, ignored) -> old + 1);
        }

        synchronized int reads(TopicCategory topic) {
            return reads.getOrDefault(topic, 0);
        }

        synchronized void failNextRead() {
            failNext = true;
        }
    }
}
