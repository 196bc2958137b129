package com.mangaassist.reviewqueue.presence.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class StaffingPolicyTest {

    final StaffingPolicy policy = new StaffingPolicy(
            Duration.ofSeconds(120), ZoneId.of("Asia/Tokyo"), LocalTime.of(19, 0), LocalTime.of(23, 0), 3, 2);

    @Test
    void peakIsNineteenToTwentyThreeTokyoTime() {
        // 20:00 JST = 11:00 UTC
        assertThat(policy.minimumAt(Instant.parse("2026-11-28T11:00:00Z"))).isEqualTo(3);
        assertThat(policy.minimumAt(Instant.parse("2026-11-28T10:00:00Z"))).isEqualTo(3);
        assertThat(policy.minimumAt(Instant.parse("2026-11-28T09:59:59Z"))).isEqualTo(2);
        assertThat(policy.minimumAt(Instant.parse("2026-11-28T13:59:59Z"))).isEqualTo(3);
        assertThat(policy.minimumAt(Instant.parse("2026-11-28T14:00:00Z"))).isEqualTo(2);
    }

    @Test
    void aWindowMayCrossMidnight() {
        StaffingPolicy night = new StaffingPolicy(
                Duration.ofSeconds(120), ZoneId.of("Asia/Tokyo"), LocalTime.of(22, 0), LocalTime.of(2, 0), 4, 1);

        assertThat(night.minimumAt(Instant.parse("2026-11-28T16:00:00Z"))).isEqualTo(4); // 01:00 JST
        assertThat(night.minimumAt(Instant.parse("2026-11-28T13:30:00Z"))).isEqualTo(4); // 22:30 JST
        assertThat(night.minimumAt(Instant.parse("2026-11-28T18:00:00Z"))).isEqualTo(1); // 03:00 JST
    }

    @Test
    void activeMeansCheckedInWithARecentHeartbeat() {
        Instant t0 = Instant.parse("2026-11-28T11:00:00Z");
        Presence in = Presence.checkIn("r", false, t0);

        assertThat(policy.active(in, t0.plusSeconds(120))).isTrue();
        assertThat(policy.active(in, t0.plusSeconds(121))).isFalse();
        assertThat(policy.active(in.heartbeat(t0.plusSeconds(100)), t0.plusSeconds(200)))
                .isTrue();
        assertThat(policy.active(in.checkOut(t0.plusSeconds(1)), t0.plusSeconds(2)))
                .isFalse();
    }
}
