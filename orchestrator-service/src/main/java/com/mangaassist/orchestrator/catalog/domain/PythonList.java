package com.mangaassist.orchestrator.catalog.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A list written as Python would print it, as the catalog stores genres and authors:
 * {@code ["'Action'", "'Adventure'"]}. Items are strings in single or double quotes with backslash
 * escapes; an item that is itself wrapped in single quotes loses that inner pair.
 */
final class PythonList {

    private final String text;
    private int position;

    private PythonList(String text) {
        this.text = text;
    }

    static List<String> parse(String text) {
        return new PythonList(text.strip()).items();
    }

    private List<String> items() {
        expect('[');
        List<String> items = new ArrayList<>();
        skipSpaces();
        if (peek() == ']') {
            position++;
            return finish(items);
        }
        while (true) {
            skipSpaces();
            items.add(unwrapInnerQuotes(string()));
            skipSpaces();
            char c = take();
            if (c == ']') {
                return finish(items);
            }
            if (c != ',') {
                throw fail("expected ',' or ']' but found '" + c + "'");
            }
        }
    }

    private List<String> finish(List<String> items) {
        skipSpaces();
        if (position != text.length()) {
            throw fail("text after the closing ']'");
        }
        return List.copyOf(items);
    }

    private String string() {
        char quote = take();
        if (quote != '\'' && quote != '"') {
            throw fail("expected a quoted item but found '" + quote + "'");
        }
        StringBuilder item = new StringBuilder();
        while (true) {
            char c = take();
            if (c == quote) {
                return item.toString();
            }
            if (c == '\\') {
                char escaped = take();
                item.append(
                        switch (escaped) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            default -> escaped;
                        });
            } else {
                item.append(c);
            }
        }
    }

    private static String unwrapInnerQuotes(String item) {
        String stripped = item.strip();
        if (stripped.length() >= 2 && stripped.startsWith("'") && stripped.endsWith("'")) {
            return stripped.substring(1, stripped.length() - 1).strip();
        }
        return stripped;
    }

    private void skipSpaces() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }

    private char peek() {
        if (position >= text.length()) {
            throw fail("unexpected end");
        }
        return text.charAt(position);
    }

    private char take() {
        char c = peek();
        position++;
        return c;
    }

    private void expect(char expected) {
        char c = take();
        if (c != expected) {
            throw fail("expected '" + expected + "' but found '" + c + "'");
        }
    }

    private CatalogFormatException fail(String problem) {
        return new CatalogFormatException("not a Python list (" + problem + " at " + position + "): " + text);
    }
}
