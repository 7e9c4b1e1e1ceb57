package org.khet.report.words;

import org.khet.contracts.codes.Labelled;
import org.khet.report.domain.Lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every word the report writes itself — headings, column headers, notes, status words and the renderers' chrome — in
 * the report's language (ADR 0027). The code writes the Thai phrase (the office's language, the report as printed);
 * {@code words/en.tsv} gives each Thai phrase its English, one line each ({@code thai<TAB>english}), so the English
 * vocabulary is one file and the Thai report is the very text it always was. {@code {0}}, {@code {1}} … in a phrase
 * are its arguments, printed as given (a year is never grouped: 2566, not 2,566). VocabularyTest checks that every
 * phrase the code asks for has a non-blank English with the same arguments and that the file holds nothing unused.
 */
public final class Words {
    static final String VOCABULARY = "/words/en.tsv";
    private static final Map<String, String> ENGLISH = load();
    private static final Map<Pattern, String> TEMPLATES = templates();
    private static final String[] MONTHS_TH = {"มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
            "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"};
    private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};

    public static final Words TH = new Words(Lang.TH);
    public static final Words EN = new Words(Lang.EN);

    private final Lang lang;

    private Words(Lang lang) {
        this.lang = lang;
    }

    public static Words of(Lang lang) {
        return lang == Lang.EN ? EN : TH;
    }

    public Lang lang() {
        return lang;
    }

    public boolean thai() {
        return lang == Lang.TH;
    }

    /**
     * The Thai phrase {@code th} in this language, {@code {n}} replaced by {@code args[n]}; a phrase the vocabulary
     * lacks prints in Thai (VocabularyTest fails on it first).
     */
    public String tr(String th, Object... args) {
        String s = lang == Lang.TH ? th : ENGLISH.getOrDefault(th, th);
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return s;
    }

    /**
     * A Thai label some data carries as the Thai report prints it (a finding's table, row or column, written with a
     * phrase of the vocabulary: "คะแนนรวมของภาพรวม (12 ตัวชี้วัด)") in this language: a phrase as {@link #tr}, a
     * phrase with arguments read back from the label and filled into its English; anything else as it is.
     */
    public String translate(String label) {
        if (label == null || lang == Lang.TH) {
            return label;
        }
        String exact = ENGLISH.get(label);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<Pattern, String> t : TEMPLATES.entrySet()) {
            Matcher m = t.getKey().matcher(label);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = m.group("a" + i);
                }
                return tr(t.getValue(), args);
            }
        }
        return label;
    }

    /** Each phrase with arguments as a pattern that reads them back ({0} → group a0), to its Thai phrase. */
    private static Map<Pattern, String> templates() {
        Map<Pattern, String> out = new LinkedHashMap<>();
        Pattern arg = Pattern.compile("\\{(\\d+)}");
        for (String th : ENGLISH.keySet()) {
            Matcher m = arg.matcher(th);
            StringBuilder regex = new StringBuilder();
            int at = 0;
            boolean any = false;
            while (m.find()) {
                regex.append(Pattern.quote(th.substring(at, m.start()))).append("(?<a").append(m.group(1)).append(">.+?)");
                at = m.end();
                any = true;
            }
            if (any) {
                regex.append(Pattern.quote(th.substring(at)));
                out.put(Pattern.compile(regex.toString()), th);
            }
        }
        return out;
    }

    /** A labelled code's label in this language. */
    public String label(Labelled l) {
        return l == null ? null : lang == Lang.TH ? l.labelTh() : l.labelEn();
    }

    /**
     * A date as the report prints it: "10 มิถุนายน 2566" (Buddhist era) in Thai, "10 June 2023" (Common Era) in
     * English.
     */
    public String date(LocalDate d) {
        return lang == Lang.TH
                ? d.getDayOfMonth() + " " + MONTHS_TH[d.getMonthValue() - 1] + " " + (d.getYear() + 543)
                : d.getDayOfMonth() + " " + MONTHS_EN[d.getMonthValue() - 1] + " " + d.getYear();
    }

    /** An ISO date ({@code 2023-06-10}) as {@link #date(LocalDate)} prints it; anything else as it is. */
    public String date(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return date(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** The English vocabulary, Thai phrase → English, in file order (for VocabularyTest). */
    public static Map<String, String> vocabulary() {
        return ENGLISH;
    }

    private static Map<String, String> load() {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = Words.class.getResourceAsStream(VOCABULARY)) {
            if (in == null) {
                throw new IllegalStateException(VOCABULARY + " is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab <= 0 || line.indexOf('\t', tab + 1) >= 0) {
                    throw new IllegalStateException(VOCABULARY + " line " + n + ": expected 'thai<TAB>english'");
                }
                if (out.put(line.substring(0, tab), line.substring(tab + 1)) != null) {
                    throw new IllegalStateException(VOCABULARY + " line " + n + ": the Thai phrase is there twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(out);
    }
}
