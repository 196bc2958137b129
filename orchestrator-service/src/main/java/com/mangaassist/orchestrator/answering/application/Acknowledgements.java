package com.mangaassist.orchestrator.answering.application;

import com.mangaassist.model.chat.HandoffNotice;
import com.mangaassist.model.chat.ReviewAcknowledgment;
import com.mangaassist.model.routing.Priority;
import java.time.Duration;
import java.util.Map;

/**
 * What a customer is told when the answer is not sent at once, always in English and Japanese: the
 * review acknowledgement promises an answer within the priority's SLA, the handoff names the next step.
 */
public final class Acknowledgements {

    private final Map<Priority, Duration> slas;

    public Acknowledgements(Map<Priority, Duration> slas) {
        for (Priority priority : Priority.values()) {
            if (!slas.containsKey(priority)) {
                throw new IllegalArgumentException("no SLA for " + priority);
            }
        }
        this.slas = Map.copyOf(slas);
    }

    public ReviewAcknowledgment review(String messageId, String clientMessageId, Priority priority) {
        long seconds = slas.get(priority).toSeconds();
        long minutes = Math.max(1, (seconds + 59) / 60);
        return new ReviewAcknowledgment(
                messageId,
                clientMessageId,
                "Thanks for your question. A member of our team is checking the answer and will reply within about "
                        + minutes + (minutes == 1 ? " minute." : " minutes."),
                "ご質問ありがとうございます。担当者が回答を確認しており、約" + minutes + "分以内にお返事いたします。",
                seconds);
    }

    public HandoffNotice handoff(String messageId) {
        return new HandoffNotice(
                messageId,
                "I'm connecting you with a member of our support team, who will continue this chat shortly.",
                "担当スタッフにおつなぎします。まもなくこのチャットでご案内いたします。");
    }
}
