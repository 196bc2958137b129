package com.mangaassist.feedback.improvement.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified-style line diff: headers {@code --- <from>} and {@code +++ <to>}, then every line of the longest
 * common subsequence prefixed with a space, removed lines with {@code -} and added lines with {@code +}.
 */
public final class LineDiff {

    private LineDiff() {}

    public static String diff(String fromName, String from, String toName, String to) {
        List<String> a = lines(from);
        List<String> b = lines(to);
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(fromName).append('\n');
        out.append("+++ ").append(toName).append('\n');
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                out.append(' ').append(a.get(i)).append('\n');
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || common[i][j + 1] >= common[i + 1][j])) {
                out.append('+').append(b.get(j)).append('\n');
                j++;
            } else {
                out.append('-').append(a.get(i)).append('\n');
                i++;
            }
        }
        return out.toString();
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : new ArrayList<>(List.of(text.split("\n", -1)));
    }
}
