package com.mangaassist.common.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

class StrictJsonTypesTest {

    /** Boxed, so that a missing field is null rather than a refusal that would make these tests pass for the wrong reason. */
    record Body(String text, Boolean flag, Integer count, Double score, List<String> tags) {}

    private final JsonMapper strict =
            StrictJsonTypes.apply(JsonMapper.builder()).build();

    @Test
    void aBodyOfTheRightTypesIsRead() {
        Body body = strict.readValue(
                "{\"text\":\"hi\",\"flag\":true,\"count\":3,\"score\":0.5,\"tags\":[\"a\"]}", Body.class);
        assertThat(body).isEqualTo(new Body("hi", true, 3, 0.5, List.of("a")));
        assertThat(strict.readValue("{\"score\":1}", Body.class).score()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"text\":false}",
                "{\"text\":12}",
                "{\"text\":1.5}",
                "{\"flag\":\"true\"}",
                "{\"flag\":1}",
                "{\"count\":\"3\"}",
                "{\"count\":4.7}",
                "{\"count\":true}",
                "{\"score\":\"0.5\"}",
                "{\"score\":false}",
                "{\"tags\":[false]}"
            })
    void aValueOfTheWrongTypeIsRefusedNotCoerced(String json) {
        assertThatThrownBy(() -> strict.readValue(json, Body.class)).isInstanceOf(JacksonException.class);
    }

    @Test
    void aFreeFormTextMapLikeAnActuatorWriteBodyTakesScalarsAsText() {
        Map<String, String> body = strict.readValue(
                "{\"reason\":\"queue deep\",\"dryRun\":false,\"olderThanSeconds\":300,\"ratio\":0.7,\"key\":null}",
                new TypeReference<Map<String, String>>() {});
        assertThat(body)
                .containsEntry("reason", "queue deep")
                .containsEntry("dryRun", "false")
                .containsEntry("olderThanSeconds", "300")
                .containsEntry("ratio", "0.7")
                .containsEntry("key", null);
        assertThat(strict.readValue("{}", new TypeReference<Map<String, String>>() {}))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":{\"b\":1}}", "{\"a\":[1]}", "[1]", "\"text\""})
    void aFreeFormTextMapRefusesNestedValuesAndOtherShapes(String json) {
        assertThatThrownBy(() -> strict.readValue(json, new TypeReference<Map<String, String>>() {}))
                .isInstanceOf(JacksonException.class);
    }

    @Test
    void otherMapsStayStrict() {
        assertThatThrownBy(() -> strict.readValue("{\"a\":\"1\"}", new TypeReference<Map<String, Integer>>() {}))
                .isInstanceOf(JacksonException.class);
        assertThat(strict.readValue("{\"a\":{\"b\":1}}", new TypeReference<Map<String, Object>>() {}))
                .containsKey("a");
    }

    @Test
    void jacksonsDefaultsWouldHaveCoercedThem() {
        JsonMapper lenient = JsonMapper.builder().build();
        assertThat(lenient.readValue("{\"text\":false}", Body.class).text()).isEqualTo("false");
        assertThat(lenient.readValue("{\"count\":\"3\"}", Body.class).count()).isEqualTo(3);
    }

    @Test
    void theMapperSpringBootBuildsIsStrict() {
        new ApplicationContextRunner()
                .withConfiguration(
                        AutoConfigurations.of(JacksonAutoConfiguration.class, StrictJsonTypesAutoConfiguration.class))
                .run(context -> assertThatThrownBy(
                                () -> context.getBean(JsonMapper.class).readValue("{\"text\":false}", Body.class))
                        .isInstanceOf(JacksonException.class));
    }
}
