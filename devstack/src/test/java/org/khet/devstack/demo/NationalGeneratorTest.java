package org.khet.devstack.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class NationalGeneratorTest {

    @Test
    void sameSeedSameFilesAndShapesThatLoad(@TempDir Path a, @TempDir Path b) throws Exception {
        NationalGenerator.Totals t = NationalGenerator.write(a, 7, 12, 40);
        NationalGenerator.write(b, 7, 12, 40);
        for (String f : new String[] {"areas.jsonl", "districts.jsonl", "schools.jsonl", "enrolment-2566-round1.csv",
                "test-statistics-2565.csv", "allocations-2566.csv", "execution-2566-09-30.csv", "strategic-plan-2566.json",
                "projects-2566/1012.csv"}) {
            assertEquals(-1L, Files.mismatch(a.resolve(f), b.resolve(f)), f + " is deterministic");
        }
        assertEquals(12, t.areas());
        assertEquals(12, Files.readAllLines(a.resolve("areas.jsonl")).size());
        assertEquals(t.schools(), Files.readAllLines(a.resolve("schools.jsonl")).size());
        assertEquals(t.enrolmentRows() + 1, Files.readAllLines(a.resolve("enrolment-2566-round1.csv")).size());
        assertTrue(t.schools() >= 12 * 30 && t.schools() <= 12 * 50);
        // a year of facts for every area: 12 test subjects, 5 budget categories, 12 projects each
        assertEquals(12 * 12 + 12 * 2 + 1, Files.readAllLines(a.resolve("test-statistics-2565.csv")).size());
        assertEquals(12 * 5 + 1, Files.readAllLines(a.resolve("allocations-2566.csv")).size());
        for (String line : Files.readAllLines(a.resolve("execution-2566-09-30.csv")).subList(1, 61)) {
            String[] c = line.split(",");
            java.math.BigDecimal committed = c[6].equals("-") ? java.math.BigDecimal.ZERO : new java.math.BigDecimal(c[6]);
            assertEquals(0, new java.math.BigDecimal(c[4]).compareTo(new java.math.BigDecimal(c[5]).add(committed).add(new java.math.BigDecimal(c[7]))),
                    "allocated = disbursed + committed + remaining: " + line);
        }
        assertEquals(NationalGenerator.PROJECTS_PER_AREA + 1, Files.readAllLines(a.resolve("projects-2566/1005.csv")).size());
        for (String line : Files.readAllLines(a.resolve("enrolment-2566-round1.csv")).subList(1, 50)) {
            String[] c = line.split(",");
            assertTrue(c[0].matches("[0-9]{10}"), "school codes are 10-digit OBEC codes");
            assertTrue(Integer.parseInt(c[5]) >= 0 && Integer.parseInt(c[6]) >= 0);
        }
    }
}
