package com.mangaassist.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.systemtests.evaluation.EvaluationCase;
import com.mangaassist.systemtests.evaluation.RoutingEvaluation;
import org.junit.jupiter.api.Test;

/** The labelled evaluation set through the running suite: routing quality stays above its floors. */
class RoutingQualitySystemTest {

    @Test
    void labelledQuestionsAreRoutedWithAccurateTopicsAndPreciseAutoResponses() {
        RoutingEvaluation.Report report =
                RoutingEvaluation.evaluate(SuiteFixture.suite().stack(), EvaluationCase.shipped());
        System.out.println(report.table());

        assertThat(report.overall().turns()).isEqualTo(EvaluationCase.shipped().size());
        assertThat(report.overall().topicAccuracy()).isGreaterThanOrEqualTo(0.8);
        assertThat(report.overall().autoRespondPrecision()).isGreaterThanOrEqualTo(0.9);
        assertThat(report.byTopic().get("refund").autoResponded()).isZero();
        assertThat(report.byTopic().get("complaint").autoResponded()).isZero();
        assertThat(report.byTopic().get("legal").autoResponded()).isZero();
    }
}
