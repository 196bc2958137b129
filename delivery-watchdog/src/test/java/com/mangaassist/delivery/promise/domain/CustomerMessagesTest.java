package com.mangaassist.delivery.promise.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.model.chat.DelayedResponse;
import com.mangaassist.model.chat.HandoffNotice;
import com.mangaassist.model.chat.Heartbeat;
import com.mangaassist.model.chat.ReviewedResponse;
import com.mangaassist.model.delivery.DeliveryRequest;
import com.mangaassist.model.delivery.Disclaimers;
import com.mangaassist.model.delivery.PromiseStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CustomerMessagesTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void reviewedRequestBecomesReviewedResponse() {
        assertThat(CustomerMessages.of(DeliveryRequest.reviewed("m-1", "In stock.")))
                .isEqualTo(new ReviewedResponse("m-1", "In stock."));
    }

    @Test
    void delayedRequestKeepsBothDisclaimers() {
        assertThat(CustomerMessages.of(DeliveryRequest.delayed("m-2", "Draft", "d-en", "d-ja")))
                .isEqualTo(new DelayedResponse("m-2", "Draft", "d-en", "d-ja"));
    }

    @Test
    void handoffRequestBecomesHandoffNoticeAndFallsBackToEnglishWithoutJapanese() {
        assertThat(CustomerMessages.of(DeliveryRequest.handoff("m-3", "Agent", "担当")))
                .isEqualTo(new HandoffNotice("m-3", "Agent", "担当"));
        assertThat(CustomerMessages.of(DeliveryRequest.handoff("m-4", "Agent", null)))
                .isEqualTo(new HandoffNotice("m-4", "Agent", "Agent"));
    }

    @Test
    void inboxDrainIsNotACustomerMessage() {
        assertThatThrownBy(() -> CustomerMessages.of(DeliveryRequest.inboxDrain("u-1", "c-1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overduePromiseSendsTheDraftWithApologyAndBothDisclaimers() {
        DelayedResponse late = (DelayedResponse) CustomerMessages.overdue(promise("Draft answer"));

        assertThat(late.response()).isEqualTo("Draft answer");
        assertThat(late.disclaimer()).startsWith(Disclaimers.APOLOGY).endsWith(Disclaimers.UNREVIEWED);
        assertThat(late.disclaimerJa()).startsWith(Disclaimers.APOLOGY_JA).endsWith(Disclaimers.UNREVIEWED_JA);
    }

    @Test
    void overduePromiseWithoutDraftSendsAHandoffApology() {
        assertThat(CustomerMessages.overdue(promise(null))).isInstanceOf(HandoffNotice.class);
    }

    @Test
    void heartbeatCountsWholeMinutesInBothLanguages() {
        Heartbeat one = CustomerMessages.heartbeat("m-1", Duration.ofSeconds(61));
        Heartbeat three = CustomerMessages.heartbeat("m-1", Duration.ofSeconds(185));

        assertThat(one.text()).isEqualTo("Still working on your question… (1 minute elapsed)");
        assertThat(one.textJa()).isEqualTo("回答を準備しています…（1分経過）");
        assertThat(one.elapsedSeconds()).isEqualTo(61);
        assertThat(three.text()).isEqualTo("Still working on your question… (3 minutes elapsed)");
        assertThat(three.textJa()).isEqualTo("回答を準備しています…（3分経過）");
    }

    @Test
    void emailStartsWithTheApologyInTheCustomersLanguage() {
        CustomerMessages.Email en = CustomerMessages.email(new ReviewedResponse("m-1", "In stock."), false);
        CustomerMessages.Email ja = CustomerMessages.email(new ReviewedResponse("m-1", "在庫あり"), true);

        assertThat(en.body()).startsWith(Disclaimers.APOLOGY).endsWith("In stock.");
        assertThat(ja.body()).startsWith(Disclaimers.APOLOGY_JA).endsWith("在庫あり");
    }

    @Test
    void heartbeatIsDueOnlyWhilePendingNotDueAndAnIntervalAfterTheLast() {
        Promise fresh = promise("d");
        Duration minute = Duration.ofSeconds(60);

        assertThat(fresh.heartbeatDueAt(T0.plusSeconds(59), minute)).isFalse();
        assertThat(fresh.heartbeatDueAt(T0.plusSeconds(60), minute)).isTrue();
        assertThat(fresh.heartbeatDueAt(T0.plusSeconds(300), minute)).isFalse();
        Promise beaten = new Promise(
                "m-1",
                "u-1",
                "c-1",
                T0,
                T0.plusSeconds(300),
                PromiseStatus.PENDING,
                "en",
                "review",
                "d",
                T0.plusSeconds(60));
        assertThat(beaten.heartbeatDueAt(T0.plusSeconds(100), minute)).isFalse();
        assertThat(beaten.heartbeatDueAt(T0.plusSeconds(120), minute)).isTrue();
    }

    private static Promise promise(String draft) {
        return new Promise(
                "m-1", "u-1", "c-1", T0, T0.plusSeconds(300), PromiseStatus.PENDING, "en", "review", draft, null);
    }
}
