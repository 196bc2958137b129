package com.mangaassist.common.runbook;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of one runbook call as they arrived (text, or several texts for a repeated query
 * parameter), read by type. A value that is not of its type is an {@link IllegalArgumentException} naming the
 * parameter: invalid input, never a failure. Absent and blank values are the same.
 */
public final class RunbookArguments {

    private final Map<String, List<String>> values;

    private RunbookArguments(Map<String, List<String>> values) {
        this.values = values;
    }

    /** From raw values: {@code null}, a text, an array or a collection of texts per name. */
    public static RunbookArguments of(Map<String, ?> raw) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        raw.forEach((name, value) -> {
            List<String> texts = texts(value);
            if (!texts.isEmpty()) {
                values.put(name, texts);
            }
        });
        return new RunbookArguments(values);
    }

    public static RunbookArguments none() {
        return new RunbookArguments(Map.of());
    }

    public Optional<String> text(String name) {
        List<String> texts = values.get(name);
        if (texts == null) {
            return Optional.empty();
        }
        if (texts.size() > 1) {
            throw new IllegalArgumentException(name + " is given more than once");
        }
        return Optional.of(texts.get(0));
    }

    public String requiredText(String name) {
        return text(name).orElseThrow(() -> new IllegalArgumentException(name + " is required"));
    }

    public Optional<Double> decimal(String name) {
        return text(name).map(text -> {
            try {
                double value = Double.parseDouble(text);
                if (!Double.isFinite(value)) {
                    throw new NumberFormatException(text);
                }
                return value;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a number");
            }
        });
    }

    public Optional<Long> wholeNumber(String name) {
        return text(name).map(text -> {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a whole number");
            }
        });
    }

    public Optional<Instant> instant(String name) {
        return text(name).map(text -> {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(name + " must be an ISO-8601 instant");
            }
        });
    }

    /** The list's items (comma-separated or repeated), empty when absent. */
    public List<String> list(String name) {
        List<String> items = new ArrayList<>();
        for (String text : values.getOrDefault(name, List.of())) {
            for (String item : text.split(",", -1)) {
                if (!item.isBlank()) {
                    items.add(item.trim());
                }
            }
        }
        return List.copyOf(items);
    }

    /** Present when the list was given at all (an empty list can mean "all"). */
    public Optional<List<String>> optionalList(String name) {
        return values.containsKey(name) ? Optional.of(list(name)) : Optional.empty();
    }

    private static List<String> texts(Object value) {
        if (value == null) {
            return List.of();
        }
        Collection<?> items;
        if (value instanceof Collection<?>) {
            items = (Collection<?>) value;
        } else if (value instanceof Object[]) {
            items = Arrays.asList((Object[]) value);
        } else {
            items = List.of(value);
        }
        List<String> texts = new ArrayList<>();
        for (Object item : items) {
            if (item != null && !item.toString().isBlank()) {
                texts.add(item.toString().trim());
            }
        }
        return texts;
    }
}
