package com.mangaassist.orchestrator.catalog.domain;

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
 * The format of the hand-written title resources: {@code productTitle<TAB>value} per line, UTF-8,
 * blank lines and lines starting with {@code #} ignored. The product title is matched exactly.
 */
final class TitleTsv {

    record Line(int number, String productTitle, String value) {}

    private TitleTsv() {}

    static List<Line> parse(Reader reader) {
        List<Line> lines = new ArrayList<>();
        try (BufferedReader buffered = new BufferedReader(reader)) {
            int number = 0;
            for (String text = buffered.readLine(); text != null; text = buffered.readLine()) {
                number++;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                String[] fields = text.split("\t", -1);
                if (fields.length != 2 || fields[0].isBlank() || fields[1].isBlank()) {
                    throw new CatalogFormatException(
                            "line " + number + ": expected 'productTitle<TAB>value' but found '" + text + "'");
                }
                lines.add(new Line(number, fields[0].strip(), fields[1].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(lines);
    }

    static List<Line> classpathResource(String name) {
        InputStream stream = TitleTsv.class.getClassLoader().getResourceAsStream(name);
        if (stream == null) {
            throw new CatalogFormatException("resource " + name + " is not on the classpath");
        }
        return parse(new InputStreamReader(stream, StandardCharsets.UTF_8));
    }
}
