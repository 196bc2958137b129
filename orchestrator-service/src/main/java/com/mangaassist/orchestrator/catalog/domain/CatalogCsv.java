package com.mangaassist.orchestrator.catalog.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the catalog file ({@code manga_processed.csv}): a header naming the columns, then one title per
 * record. Columns are found by name; a record that does not match the documented format fails the
 * whole read with its line number, so a broken catalog never builds a partial store.
 */
public final class CatalogCsv {

    static final List<String> REQUIRED_COLUMNS = List.of(
            "Title",
            "Score",
            "Ranked",
            "Popularity",
            "Members",
            "Types",
            "Volumes",
            "Chapters",
            "Status",
            "Genres",
            "Demographic",
            "Serialization",
            "Author",
            "Released date",
            "Completed date");

    private static final String STILL_RUNNING = "Updating";

    private CatalogCsv() {}

    public static List<CatalogRow> read(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the catalog " + file, e);
        }
    }

    public static List<CatalogRow> read(Reader reader) {
        List<CsvRecords.CsvRecord> records =
                CsvRecords.readAll(reader instanceof BufferedReader ? reader : new BufferedReader(reader));
        if (records.isEmpty()) {
            throw new CatalogFormatException("the catalog is empty: no header");
        }
        Map<String, Integer> columns = columns(records.get(0));
        List<CatalogRow> rows = new ArrayList<>(records.size() - 1);
        for (CsvRecords.CsvRecord record : records.subList(1, records.size())) {
            if (record.fields().size() == 1 && record.fields().get(0).isEmpty()) {
                continue; // a blank line
            }
            rows.add(row(record, columns));
        }
        return List.copyOf(rows);
    }

    private static Map<String, Integer> columns(CsvRecords.CsvRecord header) {
        Map<String, Integer> columns = new HashMap<>();
        List<String> names = header.fields();
        for (int i = 0; i < names.size(); i++) {
            columns.put(names.get(i).replace("\uFEFF", "").strip(), i);
        }
        List<String> missing = REQUIRED_COLUMNS.stream()
                .filter(name -> !columns.containsKey(name))
                .toList();
        if (!missing.isEmpty()) {
            throw new CatalogFormatException("the catalog header lacks the columns " + missing);
        }
        return columns;
    }

    private static CatalogRow row(CsvRecords.CsvRecord record, Map<String, Integer> columns) {
        Function<String, String> field = name -> {
            int index = columns.get(name);
            if (index >= record.fields().size()) {
                throw new CatalogFormatException(
                        "line " + record.line() + ": " + record.fields().size() + " fields, no '" + name + "'");
            }
            return record.fields().get(index).strip();
        };
        try {
            return new CatalogRow(
                    field.apply("Title"),
                    Double.parseDouble(field.apply("Score")),
                    Integer.parseInt(field.apply("Ranked")),
                    Integer.parseInt(field.apply("Popularity")),
                    Integer.parseInt(field.apply("Members")),
                    CatalogType.fromLabel(field.apply("Types"))
                            .orElseThrow(
                                    () -> new CatalogFormatException("unknown type '" + field.apply("Types") + "'")),
                    Integer.parseInt(field.apply("Volumes")),
                    Integer.parseInt(field.apply("Chapters")),
                    CatalogStatus.fromLabel(field.apply("Status"))
                            .orElseThrow(
                                    () -> new CatalogFormatException("unknown status '" + field.apply("Status") + "'")),
                    PythonList.parse(field.apply("Genres")),
                    emptyToNull(field.apply("Demographic")),
                    emptyToNull(field.apply("Serialization")),
                    PythonList.parse(field.apply("Author")),
                    LocalDate.parse(field.apply("Released date")),
                    completed(field.apply("Completed date")));
        } catch (IllegalArgumentException | DateTimeParseException | CatalogFormatException e) {
            throw new CatalogFormatException("line " + record.line() + ": " + e.getMessage(), e);
        }
    }

    private static LocalDate completed(String value) {
        return value.equals(STILL_RUNNING) ? null : LocalDate.parse(value);
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
