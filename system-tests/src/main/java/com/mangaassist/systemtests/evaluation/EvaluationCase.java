package com.mangaassist.systemtests.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One labelled question: the topic it should get and whether a correct automatic answer is possible. */
public record EvaluationCase(String expectedTopic, boolean answerable, String language, String question) {

    /** The shipped set, {@code evaluation/routing-eval.tsv}. */
    public static List<EvaluationCase> shipped() {
        try (InputStream in = EvaluationCase.class.getResourceAsStream("/evaluation/routing-eval.tsv")) {
            if (in == null) {
                throw new IllegalStateException("evaluation/routing-eval.tsv is missing");
            }
            List<EvaluationCase> cases = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", 4);
                if (fields.length != 4 || !(fields[1].equals("yes") || fields[1].equals("no"))) {
                    throw new IllegalStateException("routing-eval.tsv line " + number + " is malformed: " + line);
                }
                cases.add(new EvaluationCase(fields[0], fields[1].equals("yes"), fields[2], fields[3]));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
