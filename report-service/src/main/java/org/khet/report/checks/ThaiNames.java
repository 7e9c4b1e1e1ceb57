package org.khet.report.checks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Thai personal names as compared by {@link NameSpellingCheck}: titles stripped (the list is data,
 * {@code checks/thai-titles.txt}), spaces collapsed, NFC; and when two such forms are one person spelled two ways.
 */
public final class ThaiNames {
    /** Titles, longest first, so that นางสาว is stripped before นาง. */
    static final List<Title> TITLES = load();

    /** A title; {@code last}: written right before the given name (นาย, นาง, นางสาว), nothing is stripped after it. */
    record Title(String text, boolean last) {
    }

    private ThaiNames() {
    }

    /** "น.ส.พิสุทธา  พัฒนทัศน์กุล" → "พิสุทธา พัฒนทัศน์กุล"; null and blank → "". */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replace('\u200B', ' ').replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
        boolean more = true;
        while (more) {
            more = false;
            for (Title t : TITLES) {
                if (s.startsWith(t.text()) && s.length() > t.text().length()) {
                    s = s.substring(t.text().length()).strip();
                    more = !t.last();
                    break;
                }
            }
        }
        return s;
    }

    /**
     * Whether two normalised names that differ are one person spelled two ways: the same surname and given names
     * within {@link #limit} edits, or the same given name and surnames within it. A name without a surname is
     * never matched fuzzily (too little to tell two people apart).
     */
    public static boolean sameWrittenDifferently(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
            return false;
        }
        String[] x = a.split(" ", 2);
        String[] y = b.split(" ", 2);
        if (x.length < 2 || y.length < 2) {
            return false;
        }
        if (x[1].equals(y[1])) {
            return distance(x[0], y[0]) <= limit(x[0], y[0]);
        }
        if (x[0].equals(y[0])) {
            return distance(x[1], y[1]) <= limit(x[1], y[1]);
        }
        return false;
    }

    /** Edits allowed between two spellings of a name part: 1 up to 4 characters, 2 up to 9, else 3. */
    static int limit(String a, String b) {
        int n = Math.min(a.length(), b.length());
        return n <= 4 ? 1 : n <= 9 ? 2 : 3;
    }

    /** Levenshtein distance over UTF-16 units (Thai is all in the BMP: one unit per code point). */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static List<Title> load() {
        try (InputStream in = ThaiNames.class.getResourceAsStream("/checks/thai-titles.txt")) {
            if (in == null) {
                throw new IllegalStateException("checks/thai-titles.txt is missing from the class path");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.split("\n")).map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> Normalizer.normalize(l, Normalizer.Form.NFC))
                    .map(l -> l.endsWith(" last") ? new Title(l.substring(0, l.length() - 5).strip(), true) : new Title(l, false))
                    .sorted(Comparator.comparingInt((Title t) -> t.text().length()).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
