package com.mangaassist.orchestrator.catalog.domain;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records: fields separated by commas, a field in double quotes may hold commas, line breaks
 * and doubled quotes ({@code ""} for {@code "}). Lines end with LF or CRLF; a final line break is optional.
 */
final class CsvRecords {

    /** One record and the physical line it starts on (1-based), for error messages. */
    record CsvRecord(int line, List<String> fields) {}

    private final Reader reader;
    private int line = 1;

    CsvRecords(Reader reader) {
        this.reader = reader;
    }

    static List<CsvRecord> readAll(Reader reader) {
        CsvRecords records = new CsvRecords(reader);
        List<CsvRecord> all = new ArrayList<>();
        for (CsvRecord record = records.next(); record != null; record = records.next()) {
            all.add(record);
        }
        return all;
    }

    /** The next record, or null at the end of the input. */
    CsvRecord next() {
        int c = read();
        if (c == -1) {
            return null;
        }
        int startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new CatalogFormatException("line " + startLine + ": quoted field is never closed");
                }
                if (c == '"') {
                    int following = read();
                    if (following == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = following;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (c == '\n' || c == -1) {
                if (c == '\n') {
                    line++;
                }
                fields.add(field.toString());
                return new CsvRecord(startLine, List.copyOf(fields));
            } else if (c == '\r') {
                int following = read();
                if (following != '\n') {
                    throw new CatalogFormatException("line " + line + ": carriage return outside a quoted field");
                }
                c = following;
                continue;
            } else if (c == '"') {
                if (field.length() > 0 || fieldWasQuoted) {
                    throw new CatalogFormatException("line " + line + ": quote inside an unquoted field");
                }
                quoted = true;
                fieldWasQuoted = true;
            } else {
                if (fieldWasQuoted) {
                    throw new CatalogFormatException("line " + line + ": text after the closing quote of a field");
                }
                field.append((char) c);
            }
            c = read();
        }
    }

    private int read() {
        try {
            return reader.read();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the catalog", e);
        }
    }
}
