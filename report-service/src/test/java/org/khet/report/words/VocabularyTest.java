package org.khet.report.words;

import org.junit.jupiter.api.Test;
import org.khet.report.domain.Lang;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report's words in one place (ADR 0027): every Thai phrase the mappings, the domain, the composer, the office's
 * texts, the national report and the renderers write is a phrase of the vocabulary, with an English that is neither blank nor Thai and has
 * the same arguments; the vocabulary holds nothing the code does not write.
 */
class VocabularyTest {
    private static final Path MAIN = Path.of("src/main/java/org/khet/report");
    /** Where the report's own words are written. */
    private static final List<Path> SCOPE = List.of(MAIN.resolve("mapping"), MAIN.resolve("render"), MAIN.resolve("domain"),
            MAIN.resolve("service/ReportComposer.java"), MAIN.resolve("texts/OfficeTexts.java"),
            MAIN.resolve("texts/TextBlock.java"), MAIN.resolve("national"));
    /** Thai string literals in scope that are not words: ProjectMapping's pattern of a list marker (๑) ๒. …). */
    private static final Set<String> NOT_WORDS = Set.of("^\\s*(?:[0-9๐-๙]{1,3}\\s*[.)](?![0-9])|[-•*])\\s*");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern THAI = Pattern.compile("[\\u0E00-\\u0E7F]");
    private static final Pattern ARG = Pattern.compile("\\{\\d+}");

    @Test
    void everyThaiPhraseInTheCodeHasItsEnglish() {
        Map<String, String> en = Words.vocabulary();
        Set<String> missing = new TreeSet<>();
        for (String phrase : thaiLiterals(SCOPE)) {
            if (!NOT_WORDS.contains(phrase) && !en.containsKey(phrase)) {
                missing.add(phrase);
            }
        }
        assertEquals(Set.of(), missing, "Thai phrases written in mapping/, render/, domain/, the composer, texts/ or national/ "
                + "without an English in " + Words.VOCABULARY);
    }

    @Test
    void everyPhraseIsUsedAndItsEnglishIsEnglishWithTheSameArguments() {
        Set<String> written = thaiLiterals(List.of(MAIN));
        for (Map.Entry<String, String> e : Words.vocabulary().entrySet()) {
            String th = e.getKey();
            String english = e.getValue();
            assertTrue(THAI.matcher(th).find(), "a vocabulary key is a Thai phrase: '" + th + "'");
            assertFalse(english.isBlank(), "the English of '" + th + "' is blank");
            assertFalse(THAI.matcher(english).find(), "the English of '" + th + "' has Thai in it: '" + english + "'");
            assertEquals(args(th), args(english), "the arguments of '" + th + "' and of its English");
            assertTrue(written.contains(th), "'" + th + "' is in the vocabulary but no code writes it");
        }
    }

    @Test
    void thaiIsThePhraseItselfAndEnglishFillsTheArguments() {
        assertEquals("ประจำปีงบประมาณ พ.ศ. 2566", Words.TH.tr("ประจำปีงบประมาณ พ.ศ. {0}", 2566));
        assertEquals("Fiscal Year 2566 B.E.", Words.EN.tr("ประจำปีงบประมาณ พ.ศ. {0}", 2566));
        assertEquals("a district's name", Words.EN.tr("a district's name"));
        assertEquals(Lang.EN, Words.of(Lang.EN).lang());
        assertEquals(Words.TH, Words.of(null));
    }

    @Test
    void aLabelWrittenWithAPhraseReadsBackItsArguments() {
        assertEquals("Overall score (12 indicators)", Words.EN.translate("คะแนนรวมของภาพรวม (12 ตัวชี้วัด)"));
        assertEquals("Boys", Words.EN.translate("ชาย"));
        assertEquals("อำเภอเชียงคำ", Words.EN.translate("อำเภอเชียงคำ"));
        assertEquals("คะแนนรวมของภาพรวม (12 ตัวชี้วัด)", Words.TH.translate("คะแนนรวมของภาพรวม (12 ตัวชี้วัด)"));
    }

    @Test
    void datesAreBuddhistEraInThaiAndCommonEraInEnglish() {
        assertEquals("4 ธันวาคม 2566", Words.TH.date(LocalDate.of(2023, 12, 4)));
        assertEquals("4 December 2023", Words.EN.date(LocalDate.of(2023, 12, 4)));
        assertEquals("10 June 2023", Words.EN.date("2023-06-10"));
        assertEquals("not a date", Words.EN.date("not a date"));
    }

    private static List<String> args(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = ARG.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        out.sort(null);
        return out;
    }

    /** Every string literal with Thai in it outside comments, unescaped. */
    private static Set<String> thaiLiterals(List<Path> roots) {
        Set<String> out = new LinkedHashSet<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    for (String line : Files.readAllLines(f)) {
                        String s = line.strip();
                        if (s.startsWith("*") || s.startsWith("/*") || s.startsWith("//")) {
                            continue;
                        }
                        Matcher m = LITERAL.matcher(line);
                        while (m.find()) {
                            String v = m.group(1).replace("\\\"", "\"").replace("\\\\", "\\");
                            if (THAI.matcher(v).find()) {
                                out.add(v);
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
