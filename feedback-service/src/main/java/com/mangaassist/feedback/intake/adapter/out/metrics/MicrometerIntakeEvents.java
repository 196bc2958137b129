package com.mangaassist.feedback.intake.adapter.out.metrics;

import com.mangaassist.feedback.intake.application.IntakeEvents;
import com.mangaassist.feedback.intake.domain.FeedbackKind;
import com.mangaassist.feedback.intake.domain.FeedbackRecord;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Intake meters: {@code mangaassist.feedback.accepted{kind,included}}, {@code
 * mangaassist.feedback.refused{kind,code}}, {@code mangaassist.feedback.rate_limited{kind,scope}} and
 * {@code mangaassist.feedback.validation.mismatch{field}} (scenario 5's write-time check).
 */
public final class MicrometerIntakeEvents implements IntakeEvents {

    private final MeterRegistry meters;

    public MicrometerIntakeEvents(MeterRegistry meters) {
        this.meters = meters;
        for (String field : new String[] {"topic", "session", "message"}) {
            meters.counter("mangaassist.feedback.validation.mismatch", "field", field);
        }
    }

    @Override
    public void accepted(FeedbackRecord record) {
        meters.counter(
                        "mangaassist.feedback.accepted",
                        "kind",
                        record.kind().name(),
                        "included",
                        Boolean.toString(record.usable()))
                .increment();
    }

    @Override
    public void refused(FeedbackKind kind, String code) {
        meters.counter("mangaassist.feedback.refused", "kind", kind.name(), "code", code)
                .increment();
    }

    @Override
    public void rateLimited(FeedbackKind kind, String scope) {
        meters.counter("mangaassist.feedback.rate_limited", "kind", kind.name(), "scope", scope)
                .increment();
    }

    @Override
    public void mismatch(String field) {
        meters.counter("mangaassist.feedback.validation.mismatch", "field", field)
                .increment();
    }
}
