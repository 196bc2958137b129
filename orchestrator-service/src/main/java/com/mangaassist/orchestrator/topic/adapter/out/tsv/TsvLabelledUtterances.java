package com.mangaassist.orchestrator.topic.adapter.out.tsv;

import com.mangaassist.model.routing.TopicCategory;
import com.mangaassist.orchestrator.chat.domain.Language;
import com.mangaassist.orchestrator.topic.domain.LabelledUtterance;
import com.mangaassist.orchestrator.topic.domain.LabelledUtterances;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Labelled utterances from a UTF-8 TSV file: one {@code topic<TAB>lang<TAB>text} per line, topic as its code
 * ({@code rare_manga}), language as {@code ja} or {@code en}; blank lines and lines starting with {@code #}
 * are skipped. The whole file is read and checked when this is created: a malformed line fails with its
 * line number rather than being skipped.
 */
public final class TsvLabelledUtterances implements LabelledUtterances {

    /** The classpath resource shipped with the service. */
    public static final String SHIPPED_RESOURCE = "topics/utterances.tsv";

    private final List<LabelledUtterance> utterances;

    private TsvLabelledUtterances(List<LabelledUtterance> utterances) {
        this.utterances = List.copyOf(utterances);
    }

    /** The utterances shipped with the service. */
    public static TsvLabelledUtterances shipped() {
        return fromClasspath(SHIPPED_RESOURCE);
    }

    /** The utterances in a classpath resource. */
    public static TsvLabelledUtterances fromClasspath(String resource) {
        InputStream stream = TsvLabelledUtterances.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new UtteranceFileException("no classpath resource " + resource);
        }
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return read(reader, resource);
        } catch (IOException | UncheckedIOException e) {
            throw new UtteranceFileException("cannot read " + resource, e);
        }
    }

    /** The utterances in reader; source names it in error messages. */
    public static TsvLabelledUtterances read(Reader reader, String source) {
        List<LabelledUtterance> utterances = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        int number = 0;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                utterances.add(parse(line, source, number));
            }
        } catch (IOException e) {
            throw new UtteranceFileException("cannot read " + source + " after line " + number, e);
        }
        return new TsvLabelledUtterances(utterances);
    }

    @Override
    public List<LabelledUtterance> all() {
        return utterances;
    }

    private static LabelledUtterance parse(String line, String source, int number) {
        String[] columns = line.split("\t", -1);
        if (columns.length != 3) {
            throw malformed(source, number, "expected 3 tab-separated columns, found " + columns.length);
        }
        TopicCategory topic = TopicCategory.fromCode(columns[0].strip())
                .orElseThrow(() -> malformed(source, number, "unknown topic '" + columns[0] + "'"));
        Language language = Language.fromCode(columns[1].strip())
                .orElseThrow(() -> malformed(source, number, "unknown language '" + columns[1] + "'"));
        String text = columns[2].strip();
        if (text.isEmpty()) {
            throw malformed(source, number, "empty text");
        }
        return new LabelledUtterance(topic, language, text);
    }

    private static UtteranceFileException malformed(String source, int number, String problem) {
        return new UtteranceFileException(source + " line " + number + ": " + problem);
    }
}
