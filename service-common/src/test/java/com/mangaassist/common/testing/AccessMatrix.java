package com.mangaassist.common.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The access table of {@code docs/ACCESS.md}: one row per operation of every service, one column per role,
 * each cell the status that role gets ({@code ✓}: past security — neither 401 nor 403, nor a 5xx — or an
 * exact status such as {@code 403}). Callers without a token, with a forged one or an expired one get 401
 * everywhere, so they have no columns.
 */
record AccessMatrix(String service, List<String> roles, Map<String, Map<String, String>> rows) {

    /** An operation's key: {@code "GET /api/reviews/{taskId}"}. */
    static String key(String method, String path) {
        return method.toUpperCase(java.util.Locale.ROOT) + " " + path;
    }

    /** The rows of one service (first column {@code service}, then method, path and the role columns). */
    static AccessMatrix read(Path file, String service) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("the access table " + file + " cannot be read", e);
        }
        List<String> roles = null;
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (String line : lines) {
            if (!line.startsWith("|") || line.startsWith("|---") || line.startsWith("| ---")) {
                continue;
            }
            List<String> cells = cells(line);
            if (cells.get(0).equals("service")) {
                roles = cells.subList(3, cells.size());
                continue;
            }
            if (roles == null || !cells.get(0).equals(service)) {
                continue;
            }
            if (cells.size() != roles.size() + 3) {
                throw new IllegalStateException("access table row has " + cells.size() + " cells: " + line);
            }
            Map<String, String> expected = new LinkedHashMap<>();
            for (int r = 0; r < roles.size(); r++) {
                expected.put(roles.get(r), cells.get(r + 3));
            }
            String key = key(cells.get(1), cells.get(2).replace("`", ""));
            if (rows.put(key, expected) != null) {
                throw new IllegalStateException("access table lists " + key + " twice for " + service);
            }
        }
        if (roles == null) {
            throw new IllegalStateException("no header row (| service | method | path | roles…) in " + file);
        }
        return new AccessMatrix(service, roles, rows);
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.substring(1, line.lastIndexOf('|')).split("\\|", -1)) {
            cells.add(cell.trim());
        }
        return cells;
    }
}
