package org.khet.devstack.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * OBEC-scale feed files of the same shapes as the Phayao 2 demo, deterministic from a seed number: 245 areas
 * (4-digit codes 1001…), 3–9 districts each, about 29,000 schools with a realistic mix of sizes (most small,
 * some medium, few large; a quarter teach M1–M3), and a year of enrolment — one row per school × grade —
 * in school-service's formats. Used by the benchmarks (the national enrolment feed) and by anyone who wants
 * a big installation to try.
 * <p>
 * Usage: {@code NationalGenerator <output-dir> [seed] [areas] [schools-per-area]}; writes {@code areas.jsonl},
 * {@code districts.jsonl}, {@code schools.jsonl} and {@code enrolment-2566-round1.csv}.
 */
public final class NationalGenerator {
    public static final int AREAS = 245;
    public static final int SCHOOLS_PER_AREA = 118;

    private NationalGenerator() {
    }

    public record Totals(int areas, int districts, int schools, long enrolmentRows, long students) {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/national");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 2566;
        int areas = args.length > 2 ? Integer.parseInt(args[2]) : AREAS;
        int perArea = args.length > 3 ? Integer.parseInt(args[3]) : SCHOOLS_PER_AREA;
        Totals t = write(out, seed, areas, perArea);
        System.out.printf("wrote %s: %d areas, %d districts, %d schools, %d enrolment rows, %d students%n",
                out, t.areas(), t.districts(), t.schools(), t.enrolmentRows(), t.students());
    }

    public static Totals write(Path out, long seed, int areas, int schoolsPerArea) throws IOException {
        Files.createDirectories(out);
        Random rnd = new Random(seed);
        int districts = 0;
        int schools = 0;
        long rows = 0;
        long students = 0;
        try (BufferedWriter a = Files.newBufferedWriter(out.resolve("areas.jsonl"), StandardCharsets.UTF_8);
             BufferedWriter d = Files.newBufferedWriter(out.resolve("districts.jsonl"), StandardCharsets.UTF_8);
             BufferedWriter s = Files.newBufferedWriter(out.resolve("schools.jsonl"), StandardCharsets.UTF_8);
             BufferedWriter e = Files.newBufferedWriter(out.resolve("enrolment-2566-round1.csv"), StandardCharsets.UTF_8)) {
            e.write("schoolCode,academicYear,round,snapshotDate,grade,boys,girls,classrooms\n");
            for (int ai = 0; ai < areas; ai++) {
                String area = String.valueOf(1001 + ai);
                a.write(SchoolDemoFiles.json("code", area, "nameTh", "สำนักงานเขตพื้นที่การศึกษา " + area + " (สมมติ)",
                        "level", "primary") + "\n");
                int nd = 3 + rnd.nextInt(7);
                districts += nd;
                for (int di = 1; di <= nd; di++) {
                    d.write(SchoolDemoFiles.json("code", String.format("%s-%02d", area, di), "areaCode", area,
                            "nameTh", "อำเภอ " + area + "-" + di + " (สมมติ)") + "\n");
                }
                int n = schoolsPerArea - 10 + rnd.nextInt(21);
                for (int si = 1; si <= n; si++) {
                    schools++;
                    String code = String.format("10%s%04d", area, si);
                    boolean expansion = rnd.nextInt(4) == 0;
                    s.write(SchoolDemoFiles.json("code", code, "districtCode", String.format("%s-%02d", area, 1 + rnd.nextInt(nd)),
                            "nameTh", "โรงเรียน " + code + " (สมมติ)", "expansion", expansion) + "\n");
                    int size = sizeOf(rnd);
                    for (int g = 0; g < Phayao2.GRADES.size(); g++) {
                        if (g >= 9 && !expansion) {
                            continue;
                        }
                        int pupils = Math.max(0, (int) Math.round(size / 9.0 * (0.6 + 0.8 * rnd.nextDouble())));
                        int boys = (int) Math.round(pupils * (0.45 + 0.1 * rnd.nextDouble()));
                        int rooms = pupils == 0 ? 0 : 1 + pupils / 40;
                        e.write(code + ",2566,1,2023-06-10," + Phayao2.GRADES.get(g) + "," + boys + "," + (pupils - boys) + "," + rooms + "\n");
                        rows++;
                        students += pupils;
                    }
                }
            }
        }
        return new Totals(areas, districts, schools, rows, students);
    }

    /** 68% small, 31% medium, 1% large — Phayao 2's mix. */
    private static int sizeOf(Random rnd) {
        int p = rnd.nextInt(100);
        if (p < 68) {
            return 20 + rnd.nextInt(100);
        }
        if (p < 99) {
            return 121 + rnd.nextInt(480);
        }
        return 601 + rnd.nextInt(900);
    }
}
