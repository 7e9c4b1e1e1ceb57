package org.khet.devstack.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** The school demo files kept in the project are exactly what the generator writes, and hold the seed's totals. */
class SchoolDemoFilesTest {
    static final Path KEPT = Path.of("..", "demo", "phayao2-2566", "school");

    @Test
    void keptFilesAreTheGeneratorsOutput(@TempDir Path tmp) throws Exception {
        SchoolDemoFiles.write(tmp);
        try (Stream<Path> files = Files.list(tmp)) {
            for (Path f : files.toList()) {
                assertEquals(Files.readString(f, StandardCharsets.UTF_8),
                        Files.readString(KEPT.resolve(f.getFileName()), StandardCharsets.UTF_8),
                        f.getFileName() + " differs: run SchoolDemoFiles again and commit the files");
            }
        }
    }

    @Test
    void feedsAddUpToTheSeedTables() throws Exception {
        List<String[]> enrol = rows("enrolment-2566-round1.csv");
        assertEquals(14312, enrol.stream().mapToInt(r -> Integer.parseInt(r[5]) + Integer.parseInt(r[6])).sum());
        assertEquals(7469, enrol.stream().mapToInt(r -> Integer.parseInt(r[5])).sum());
        assertEquals(1086, enrol.stream().mapToInt(r -> Integer.parseInt(r[7])).sum());

        List<String[]> admissions = rows("admissions-2566.csv");
        assertEquals(112, admissions.stream().filter(r -> r[2].equals("kindergarten")).count());
        assertEquals(1344, admissions.stream().filter(r -> r[2].equals("P1")).mapToInt(r -> Integer.parseInt(r[6])).sum());
        assertEquals(671, admissions.stream().filter(r -> r[2].equals("M1")).mapToInt(r -> Integer.parseInt(r[4])).sum());

        List<String[]> transitions = rows("transitions-2565.csv");
        assertEquals(1732, transitions.stream().filter(r -> r[2].equals("P6")).mapToInt(r -> Integer.parseInt(r[3])).sum());
        assertEquals(506, transitions.stream().filter(r -> r[2].equals("M3")).mapToInt(r -> Integer.parseInt(r[3])).sum());
        assertEquals(32, transitions.stream().filter(r -> r[2].equals("M3")).count());

        List<String> staff = Files.readAllLines(KEPT.resolve("office-staff.jsonl"), StandardCharsets.UTF_8);
        assertEquals(68, staff.size());
        assertEquals(31, staff.stream().filter(l -> l.contains("\"category\":\"38c2\"")).count());
    }

    @Test
    void schoolTestResultsAreKeptAsGeneratedAndWeighToTheAreaMeans() throws Exception {
        Path assessment = KEPT.resolveSibling("assessment");
        String generated = SchoolTestResults.csv(Phayao2.schools(SchoolDemoFiles.SEED), assessment.resolve("test-statistics.csv"));
        assertEquals(generated, Files.readString(assessment.resolve(SchoolTestResults.FILE), StandardCharsets.UTF_8),
                "run SchoolTestResults again and commit the file");

        // recomputed here from the two files: Σ(mean × takers) / Σ takers, half-up to 2 decimals, per subject
        java.util.Map<String, java.math.BigDecimal[]> sums = new java.util.TreeMap<>();
        for (String[] r : csv(assessment.resolve(SchoolTestResults.FILE))) {
            var s = sums.computeIfAbsent(r[1] + "/" + r[2], k -> new java.math.BigDecimal[]{java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO});
            s[0] = s[0].add(new java.math.BigDecimal(r[5]).multiply(new java.math.BigDecimal(r[6])));
            s[1] = s[1].add(new java.math.BigDecimal(r[6]));
        }
        int checked = 0;
        for (String[] r : csv(assessment.resolve("test-statistics.csv"))) {
            if (r[0].equals("2565") && r[3].equals("AREA") && !r[2].equals("ALL")) {
                var s = sums.get(r[1] + "/" + r[2]);
                assertNotNull(s, "school rows of " + r[1] + " " + r[2]);
                assertEquals(new java.math.BigDecimal(r[5]), s[0].divide(s[1], 2, java.math.RoundingMode.HALF_UP),
                        r[1] + " " + r[2] + ": weighted mean of the schools");
                if (!r[6].isEmpty()) {
                    assertEquals(Integer.parseInt(r[6]), s[1].intValue(), r[1] + " " + r[2] + ": takers add up to the printed number");
                }
                checked++;
            }
        }
        assertEquals(12, checked, "O-NET P6 (4 subjects), O-NET M3 (4), NT (2), RT (2)");
    }

    private static List<String[]> csv(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)).toList();
    }

    private static List<String[]> rows(String file) throws Exception {
        List<String> lines = Files.readAllLines(KEPT.resolve(file), StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)).toList();
    }
}
