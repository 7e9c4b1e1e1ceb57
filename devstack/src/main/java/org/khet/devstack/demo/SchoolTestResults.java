package org.khet.devstack.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * School-level O-NET, NT and RT results of academic year 2565 for the Phayao 2 demo. The seed prints only the area's
 * means; these rows are generated (deterministically) so that each subject's takers-weighted mean over the schools is
 * exactly the area mean the seed prints, as assessment-service computes it (rounded half-up to two decimals).
 *
 * <p>Who took each test, school by school, follows the cohort that sat it: O-NET P6 and M3 the schools' 2565
 * graduates (transitions-2565.csv), apportioned to the area's printed number of takers; NT (P3 in 2565) the
 * schools' P4 pupils of 2566, RT (P1 in 2565) their P2 pupils of 2566, every one of them a taker.
 */
public final class SchoolTestResults {
    static final int YEAR = 2565;
    static final String FILE = "school-test-results-2565.csv";
    static final String SOURCE = "ข้อมูลสาธิต: ผลรายโรงเรียนที่สร้างขึ้นจากค่าเฉลี่ยระดับเขต";

    /** One area figure of the seed: test, subject, mean, printed takers (null when not printed). */
    record AreaMean(String test, String subject, BigDecimal mean, Integer takers) {
    }

    private SchoolTestResults() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "demo/phayao2-2566/assessment");
        Files.writeString(dir.resolve(FILE), csv(Phayao2.schools(SchoolDemoFiles.SEED), dir.resolve("test-statistics.csv")),
                StandardCharsets.UTF_8);
        System.out.println("wrote " + dir.resolve(FILE));
    }

    /** The feed (CSV, the test-statistics feed's columns) of every school row. */
    static String csv(List<Phayao2.School> schools, Path areaStatistics) throws IOException {
        Map<String, Integer> p6 = new LinkedHashMap<>();
        Map<String, Integer> m3 = new LinkedHashMap<>();
        for (String line : SchoolDemoFiles.transitions(schools).split("\n")) {
            String[] c = line.split(",", -1);
            if (c[1].equals(String.valueOf(YEAR))) {
                (c[2].equals("P6") ? p6 : m3).put(c[0], Integer.parseInt(c[3]));
            }
        }
        Map<String, Integer> p3 = new LinkedHashMap<>();
        Map<String, Integer> p1 = new LinkedHashMap<>();
        for (Phayao2.School s : schools) {
            if (s.students(Phayao2.GRADES.indexOf("P4")) > 0) {
                p3.put(s.code, s.students(Phayao2.GRADES.indexOf("P4")));
            }
            if (s.students(Phayao2.GRADES.indexOf("P2")) > 0) {
                p1.put(s.code, s.students(Phayao2.GRADES.indexOf("P2")));
            }
        }
        Map<String, Map<String, Integer>> cohorts = Map.of("ONET-P6", p6, "ONET-M3", m3, "NT-P3", p3, "RT-P1", p1);

        StringBuilder sb = new StringBuilder("academicYear,test,subject,level,orgCode,meanPercent,takers,source\n");
        for (AreaMean a : areaMeans(areaStatistics)) {
            Map<String, Integer> cohort = cohorts.get(a.test());
            if (cohort == null) {
                throw new IllegalStateException("no cohort for test " + a.test());
            }
            List<String> codes = new ArrayList<>(cohort.keySet());
            int[] takers = a.takers() == null ? cohort.values().stream().mapToInt(Integer::intValue).toArray()
                    : Allocation.proportional(a.takers(), cohort.values().stream().mapToDouble(Integer::doubleValue).toArray());
            BigDecimal[] means = means(a, takers, new Random(SchoolDemoFiles.SEED * 31 + (a.test() + "/" + a.subject()).hashCode()));
            for (int i = 0; i < codes.size(); i++) {
                if (takers[i] > 0) {
                    sb.append(String.join(",", String.valueOf(YEAR), a.test(), a.subject(), "SCHOOL", codes.get(i),
                            means[i].toPlainString(), String.valueOf(takers[i]), SOURCE)).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /**
     * School means spread around the area mean (a school's distance from it shrinks as the school grows), then the
     * largest school moved by whole hundredths until Σ(mean × takers) / Σ takers rounds to the area mean.
     */
    static BigDecimal[] means(AreaMean a, int[] takers, Random random) {
        BigDecimal[] m = new BigDecimal[takers.length];
        double[] noise = new double[takers.length];
        int largest = 0;
        long total = 0;
        double centre = 0;
        for (int i = 0; i < takers.length; i++) {
            noise[i] = random.nextGaussian() * 14.0 / Math.sqrt(Math.max(1, takers[i]) / 4.0 + 1);
            total += takers[i];
            centre += noise[i] * takers[i];
            if (takers[i] > takers[largest]) {
                largest = i;
            }
        }
        centre /= total; // the noise is centred on the area mean, so the largest school need not carry it
        for (int i = 0; i < takers.length; i++) {
            double v = a.mean().doubleValue() + noise[i] - centre;
            m[i] = BigDecimal.valueOf(Math.min(98, Math.max(3, v))).setScale(2, RoundingMode.HALF_UP);
        }
        BigDecimal target = a.mean().multiply(BigDecimal.valueOf(total));
        BigDecimal sum = weightedSum(m, takers);
        BigDecimal step = new BigDecimal("0.01").multiply(BigDecimal.valueOf(takers[largest]));
        BigDecimal k = target.subtract(sum).divide(step, 0, RoundingMode.HALF_UP);
        m[largest] = m[largest].add(k.movePointLeft(2));
        if (m[largest].signum() < 0 || m[largest].compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalStateException(a + ": the largest school's mean would leave 0–100: " + m[largest]);
        }
        BigDecimal weighted = weightedSum(m, takers).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
        if (weighted.compareTo(a.mean()) != 0) {
            throw new IllegalStateException(a + ": the schools' weighted mean is " + weighted);
        }
        return m;
    }

    private static BigDecimal weightedSum(BigDecimal[] means, int[] takers) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < means.length; i++) {
            sum = sum.add(means[i].multiply(BigDecimal.valueOf(takers[i])));
        }
        return sum;
    }

    /** The seed's area means of {@link #YEAR}, subject by subject (not the "ALL" mean over subjects), in file order. */
    static List<AreaMean> areaMeans(Path areaStatistics) throws IOException {
        List<String> lines = Files.readAllLines(areaStatistics, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(",", -1));
        int year = header.indexOf("academicYear");
        int test = header.indexOf("test");
        int subject = header.indexOf("subject");
        int level = header.indexOf("level");
        int mean = header.indexOf("meanPercent");
        int takers = header.indexOf("takers");
        List<AreaMean> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            if (c[year].equals(String.valueOf(YEAR)) && c[level].equals("AREA") && !c[subject].equals("ALL")) {
                out.add(new AreaMean(c[test], c[subject], new BigDecimal(c[mean]),
                        c[takers].isEmpty() ? null : Integer.valueOf(c[takers])));
            }
        }
        return out;
    }
}
