package com.mangaassist.console.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page speaks English and Japanese: each bundle's Japanese file has exactly the keys of its English one (a key
 * missing in Japanese would show the English text, or the key itself, to a Japanese reviewer), and no value is blank.
 */
class MessageBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"common", "reviewer", "agent", "oncall", "ml", "chat", "weekly"})
    void theJapaneseBundleHasEveryKeyOfTheEnglishOneAndNoBlankValue(String bundle) throws IOException {
        Properties english = load("messages/" + bundle + ".properties");
        Properties japanese = load("messages/" + bundle + "_ja.properties");

        assertThat(new TreeSet<>(japanese.stringPropertyNames()))
                .as("keys of %s_ja.properties", bundle)
                .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        assertThat(blank(english)).as("blank values in %s.properties", bundle).isEmpty();
        assertThat(blank(japanese))
                .as("blank values in %s_ja.properties", bundle)
                .isEmpty();
    }

    private static Set<String> blank(Properties messages) {
        Set<String> blank = new TreeSet<>();
        messages.stringPropertyNames().forEach(key -> {
            if (messages.getProperty(key).isBlank()) {
                blank.add(key);
            }
        });
        return blank;
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
