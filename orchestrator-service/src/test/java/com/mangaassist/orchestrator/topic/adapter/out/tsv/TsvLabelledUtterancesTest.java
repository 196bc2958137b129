package com.mangaassist.orchestrator.topic.adapter.out.tsv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.chat.domain.Language;
import com.mangaassist.orchestrator.topic.domain.LabelledUtterance;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TsvLabelledUtterancesTest {

    @Test
    void linesBecomeUtterancesSkippingCommentsAndBlankLines() {
        String tsv = "\uFEFF# topic\tlang\ttext\n"
                + "refund\ten\tI want my money back\n"
                + "\n"
                + "rare_manga\tja\t火の鳥の初版はありますか\n";

        List<LabelledUtterance> utterances = read(tsv);

        assertThat(utterances)
                .containsExactly(
                        new LabelledUtterance(TopicCategory.REFUND, Language.EN, "I want my money back"),
                        new LabelledUtterance(TopicCategory.RARE_MANGA, Language.JA, "火の鳥の初版はありますか"));
    }

    @Test
    void anUnknownTopicFailsWithItsLineNumber() {
        assertThatThrownBy(() -> read("# header\nrefund\ten\tok\nshipping\ten\twhere is it\n"))
                .isInstanceOf(UtteranceFileException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("unknown topic 'shipping'");
    }

    @Test
    void anUnknownLanguageFailsWithItsLineNumber() {
        assertThatThrownBy(() -> read("refund\tfr\tremboursez-moi\n"))
                .isInstanceOf(UtteranceFileException.class)
                .hasMessageContaining("line 1")
                .hasMessageContaining("unknown language 'fr'");
    }

    @Test
    void aLineWithoutThreeColumnsFails() {
        assertThatThrownBy(() -> read("refund en I want my money back\n"))
                .isInstanceOf(UtteranceFileException.class)
                .hasMessageContaining("expected 3 tab-separated columns");
    }

    @Test
    void aLineWithEmptyTextFails() {
        assertThatThrownBy(() -> read("refund\ten\t  \n"))
                .isInstanceOf(UtteranceFileException.class)
                .hasMessageContaining("empty text");
    }

    @Test
    void aMissingResourceFails() {
        assertThatThrownBy(() -> TsvLabelledUtterances.fromClasspath("topics/none.tsv"))
                .isInstanceOf(UtteranceFileException.class)
                .hasMessageContaining("topics/none.tsv");
    }

    @Test
    void theShippedFileHasAFewHundredUtterancesPerTopicInBothLanguages() {
        List<LabelledUtterance> utterances = TsvLabelledUtterances.shipped().all();

        assertThat(utterances).hasSizeGreaterThanOrEqualTo(2_500);
        for (TopicCategory topic : TopicCategory.values()) {
            List<LabelledUtterance> ofTopic =
                    utterances.stream().filter(u -> u.topic() == topic).toList();
            long japanese =
                    ofTopic.stream().filter(u -> u.language() == Language.JA).count();
            assertThat(ofTopic).as(topic.code()).hasSizeBetween(250, 350);
            assertThat((double) japanese / ofTopic.size()).as(topic.code()).isBetween(0.4, 0.6);
        }
    }

    @Test
    void theShippedLanguageColumnAgreesWithLanguageDetection() {
        assertThat(TsvLabelledUtterances.shipped().all())
                .allSatisfy(
                        u -> assertThat(Language.detect(u.text())).as(u.text()).isEqualTo(u.language()));
    }

    @Test
    void noShippedTextAppearsTwice() {
        Map<String, LabelledUtterance> seen = new HashMap<>();
        for (LabelledUtterance utterance : TsvLabelledUtterances.shipped().all()) {
            LabelledUtterance before = seen.putIfAbsent(utterance.text().toLowerCase(Locale.ROOT), utterance);
            assertThat(before).as(utterance.text()).isNull();
        }
    }

    private static List<LabelledUtterance> read(String tsv) {
        return TsvLabelledUtterances.read(new StringReader(tsv), "test.tsv").all();
    }
}
