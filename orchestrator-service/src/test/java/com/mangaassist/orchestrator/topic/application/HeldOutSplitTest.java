package com.mangaassist.orchestrator.topic.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.chat.domain.Language;
import com.mangaassist.orchestrator.topic.TopicFixtures;
import com.mangaassist.orchestrator.topic.domain.LabelledUtterance;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeldOutSplitTest {

    private final List<LabelledUtterance> utterances = TopicFixtures.shippedUtterances();

    @Test
    void everyUtteranceIsEitherTrainedOnOrHeldOut() {
        HeldOutSplit split = HeldOutSplit.of(utterances);

        assertThat(split.training().size() + split.heldOut().size()).isEqualTo(utterances.size());
        assertThat(split.training()).doesNotContainAnyElementsOf(split.heldOut());
    }

    @Test
    void aboutOneInFiveOfEveryTopicAndLanguageIsHeldOut() {
        HeldOutSplit split = HeldOutSplit.of(utterances);

        for (TopicCategory topic : TopicCategory.values()) {
            for (Language language : Language.values()) {
                long all = utterances.stream()
                        .filter(u -> u.topic() == topic && u.language() == language)
                        .count();
                long heldOut = split.heldOut().stream()
                        .filter(u -> u.topic() == topic && u.language() == language)
                        .count();
                assertThat((double) heldOut / all)
                        .as("%s %s", topic.code(), language.code())
                        .isBetween(0.10, 0.30);
            }
        }
    }

    @Test
    void theSplitDependsOnTheTextAloneNotOnOrderOrNeighbours() {
        List<LabelledUtterance> shuffled = new ArrayList<>(utterances.subList(0, 1_000));
        Collections.reverse(shuffled);

        HeldOutSplit whole = HeldOutSplit.of(utterances);
        HeldOutSplit part = HeldOutSplit.of(shuffled);

        assertThat(part.heldOut()).allMatch(whole.heldOut()::contains);
        assertThat(part.training()).allMatch(whole.training()::contains);
    }
}
