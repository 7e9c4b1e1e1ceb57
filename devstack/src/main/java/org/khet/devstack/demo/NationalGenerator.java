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
 * {@code districts.jsonl}, {@code schools.jsonl} and {@code enrolment-2566-round1.csv} (school-service), and the
 * rest of a year of facts for every area: {@code test-statistics-2565.csv} (O-NET, NT and RT area means with the
 * OBEC and national ones; assessment-service), {@code allocations-2566.csv} and {@code execution-2566-09-30.csv}
 * (budget-service), {@code strategic-plan-2566.json} (the same plan PUT to every area) and
 * {@code projects-2566/<area>.csv} (project-service), ITA Online scores of every area for 2565 and 2566
 * ({@code frameworks-ita.jsonl}, {@code evaluations-ita.csv}), the register as one feed ({@code schools.json}), and
 * {@code load.tsv}, with which {@link DemoLoader} sends all of it through the gateway ({@code ./khet load-national}).
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
        String lastSchool = null;
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
                    lastSchool = code;
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
        facts(out, new Random(seed * 7919 + 1), areas);
        ita(out, new Random(seed * 104729 + 3), areas);
        // the register as one feed body (a JSON array of the lines), and the steps that load it all (DemoLoader)
        Files.writeString(out.resolve("schools.json"),
                "[" + String.join(",", Files.readAllLines(out.resolve("schools.jsonl"), StandardCharsets.UTF_8)) + "]",
                StandardCharsets.UTF_8);
        manifest(out, areas, lastSchool);
        return new Totals(areas, districts, schools, rows, students);
    }

    /**
     * ITA Online of every area for fiscal years 2565 and 2566 (frameworks {@code ITA-2565}, {@code ITA-2566}): scores
     * between 70 and 99.99 on two decimals, a few areas sharing a score so the ranking has ties (as OBEC's 2566 one
     * does), and each area's 2566 score a step away from its 2565 one (the change on the previous year).
     */
    private static void ita(Path out, Random rnd, int areas) throws IOException {
        try (BufferedWriter f = Files.newBufferedWriter(out.resolve("frameworks-ita.jsonl"), StandardCharsets.UTF_8);
             BufferedWriter e = Files.newBufferedWriter(out.resolve("evaluations-ita.csv"), StandardCharsets.UTF_8)) {
            for (int year : new int[]{2565, 2566}) {
                f.write("{\"code\":\"ITA-" + year + "\",\"family\":\"ITA\",\"nameTh\":\"การประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน"
                        + "ของสำนักงานเขตพื้นที่การศึกษาออนไลน์ (ITA Online) ประจำปีงบประมาณ พ.ศ. " + year + "\",\"nameEn\":\"Integrity and"
                        + " Transparency Assessment Online FY" + year + "\",\"fiscalYear\":" + year + ",\"rubric\":\"ITA-GRADE\","
                        + "\"averageDepth\":1,\"indicators\":[{\"code\":\"ITA\",\"parentCode\":null,\"titleTh\":\"คะแนน ITA Online\","
                        + "\"kind\":\"GRADE\"}]}\n");
            }
            e.write("areaCode,fiscalYear,framework,indicator,round,state,score\n");
            double previous = 0;
            for (int ai = 0; ai < areas; ai++) {
                String area = String.valueOf(1001 + ai);
                double before = 70 + rnd.nextDouble() * 29.99;
                // one area in twenty shares the previous area's score
                double now = ai > 0 && rnd.nextInt(20) == 0 ? previous : Math.min(99.99, Math.max(70, before + rnd.nextGaussian() * 2));
                now = Double.parseDouble(money(now));
                previous = now;
                e.write(String.join(",", area, "2565", "ITA-2565", "ITA", "", "", money(before)) + "\n");
                e.write(String.join(",", area, "2566", "ITA-2566", "ITA", "", "", money(now)) + "\n");
            }
        }
    }

    /** {@code load.tsv}: the order in which {@link DemoLoader} sends the files through the gateway. */
    private static void manifest(Path out, int areas, String lastSchool) throws IOException {
        String last = String.valueOf(1000 + areas);
        StringBuilder m = new StringBuilder("# the national dataset of NationalGenerator, loaded by DemoLoader (./khet load-national)\n");
        m.append("EACH\tPUT\t/api/v1/areas/{code}\tareas.jsonl\n");
        m.append("EACH\tPUT\t/api/v1/districts/{code}\tdistricts.jsonl\n");
        m.append("SEND\tPOST\t/api/v1/schools/feed\tschools.json\tapplication/json\n");
        m.append("SEND\tPOST\t/api/v1/enrolment-rounds/feed\tenrolment-2566-round1.csv\ttext/csv; charset=UTF-8\n");
        for (String service : new String[]{"assessment", "budget", "project"}) {
            m.append("WAIT\t").append(service).append("\t/v1/org-replica/").append(last).append('\n');
        }
        m.append("EACH\tPUT\t/api/v1/frameworks/{code}\tframeworks-ita.jsonl\n");
        m.append("SEND\tPOST\t/api/v1/test-statistics/feed\ttest-statistics-2565.csv\ttext/csv; charset=UTF-8\n");
        m.append("SEND\tPOST\t/api/v1/evaluations/feed\tevaluations-ita.csv\ttext/csv; charset=UTF-8\n");
        m.append("SEND\tPOST\t/api/v1/allocations/feed\tallocations-2566.csv\ttext/csv; charset=UTF-8\n");
        m.append("SEND\tPOST\t/api/v1/execution-reports/feed\texecution-2566-09-30.csv\ttext/csv; charset=UTF-8\n");
        for (int ai = 0; ai < areas; ai++) {
            String area = String.valueOf(1001 + ai);
            m.append("SEND\tPUT\t/api/v1/areas/").append(area).append("/strategic-plan/2566\tstrategic-plan-2566.json\tapplication/json\n");
            m.append("SEND\tPOST\t/api/v1/areas/").append(area).append("/projects/feed\tprojects-2566/").append(area)
                    .append(".csv\ttext/csv; charset=UTF-8\n");
        }
        // the other services' replicas have every school before anyone reads school-level figures
        for (String service : new String[]{"assessment", "budget", "project"}) {
            m.append("WAIT\t").append(service).append("\t/v1/org-replica/").append(lastSchool).append('\n');
        }
        Files.writeString(out.resolve("load.tsv"), m, StandardCharsets.UTF_8);
    }

    /** The tests' subjects, as the Phayao 2 demo feeds them, with a national mean to scatter areas around. */
    private static final String[][] SUBJECTS = {
            {"ONET-P6", "61", "53.89"}, {"ONET-P6", "63", "37.62"}, {"ONET-P6", "64", "28.06"}, {"ONET-P6", "65", "39.34"},
            {"ONET-M3", "91", "52.95"}, {"ONET-M3", "93", "32.05"}, {"ONET-M3", "94", "24.39"}, {"ONET-M3", "95", "33.32"},
            {"NT-P3", "MATH", "49.12"}, {"NT-P3", "THAI", "55.86"},
            {"RT-P1", "READ-ALOUD", "77.38"}, {"RT-P1", "READ-COMPREHENSION", "77.19"}};
    private static final String[] CATEGORIES = {"personnel", "operating", "investment", "subsidy", "other"};
    private static final String[] CATEGORIES_TH = {"งบบุคลากร", "งบดำเนินงาน", "งบลงทุน", "งบเงินอุดหนุน", "งบรายจ่ายอื่น"};
    static final int PROJECTS_PER_AREA = 12;

    /** Test statistics, budget and projects of every area (and one strategic plan), in the services' feed formats. */
    private static void facts(Path out, Random rnd, int areas) throws IOException {
        try (BufferedWriter t = Files.newBufferedWriter(out.resolve("test-statistics-2565.csv"), StandardCharsets.UTF_8);
             BufferedWriter al = Files.newBufferedWriter(out.resolve("allocations-2566.csv"), StandardCharsets.UTF_8);
             BufferedWriter ex = Files.newBufferedWriter(out.resolve("execution-2566-09-30.csv"), StandardCharsets.UTF_8)) {
            t.write("academicYear,test,subject,level,orgCode,meanPercent,takers\n");
            for (String[] sub : SUBJECTS) {
                java.math.BigDecimal nation = new java.math.BigDecimal(sub[2]);
                t.write(String.join(",", "2565", sub[0], sub[1], "NATION", "", nation.toPlainString(), "") + "\n");
                t.write(String.join(",", "2565", sub[0], sub[1], "OBEC", "", nation.subtract(new java.math.BigDecimal("0.85")).toPlainString(), "") + "\n");
            }
            al.write("areaCode,fiscalYear,category,date,amount,documentNo,note\n");
            ex.write("areaCode,fiscalYear,asOf,category,allocated,disbursed,committed,remaining,percentDisbursed,source\n");
            Files.createDirectories(out.resolve("projects-2566"));
            for (int ai = 0; ai < areas; ai++) {
                String area = String.valueOf(1001 + ai);
                int takersP6 = 600 + rnd.nextInt(1400);
                int takersM3 = 150 + rnd.nextInt(500);
                for (String[] sub : SUBJECTS) {
                    double mean = Math.max(5, Math.min(95, Double.parseDouble(sub[2]) + rnd.nextGaussian() * 4));
                    String takers = sub[0].equals("ONET-P6") ? String.valueOf(takersP6) : sub[0].equals("ONET-M3") ? String.valueOf(takersM3) : "";
                    t.write(String.join(",", "2565", sub[0], sub[1], "AREA", area, money(mean), takers) + "\n");
                }
                for (int c = 0; c < CATEGORIES.length; c++) {
                    long allocated = (long) ((c == 3 ? 60_000_000 : 10_000_000) * (0.6 + 0.8 * rnd.nextDouble())) * 100; // satang
                    long disbursed = (long) (allocated * (0.9 + 0.099 * rnd.nextDouble()));
                    long committed = c == 0 || c == 3 ? 0 : (long) ((allocated - disbursed) * 0.5);
                    long remaining = allocated - disbursed - committed;
                    al.write(String.join(",", area, "2566", CATEGORIES[c], "2023-09-30", satang(allocated), "", "") + "\n");
                    ex.write(String.join(",", area, "2566", "2023-09-30", CATEGORIES_TH[c], satang(allocated), satang(disbursed),
                            committed == 0 ? "-" : satang(committed), satang(remaining),
                            java.math.BigDecimal.valueOf(disbursed * 100.0 / allocated).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
                            "สร้างขึ้น (สมมติ)") + "\n");
                }
                try (BufferedWriter p = Files.newBufferedWriter(out.resolve("projects-2566").resolve(area + ".csv"), StandardCharsets.UTF_8)) {
                    p.write("fiscalYear,planKind,number,title,fundingSource,strategy,budget,actualSpend,reportedBudget,reportedRemaining,owners,status,achieved\n");
                    for (int n = 1; n <= PROJECTS_PER_AREA; n++) {
                        boolean plan = n <= PROJECTS_PER_AREA * 2 / 3;
                        int number = plan ? n : n - PROJECTS_PER_AREA * 2 / 3;
                        int budget = 5_000 + rnd.nextInt(200) * 1_000;
                        int spent = budget - rnd.nextInt(5) * 500;
                        p.write(String.join(",", "2566", plan ? "ACTION_PLAN" : "ADDITIONAL", String.valueOf(number),
                                "โครงการสมมติที่ " + n + " ของเขต " + area, plan ? "AREA" : "OBEC", String.valueOf(1 + rnd.nextInt(6)),
                                String.valueOf(budget), String.valueOf(spent), "", "", "ผู้รับผิดชอบสมมติ " + n, "COMPLETED",
                                rnd.nextInt(10) == 0 ? "NO" : "YES") + "\n");
                    }
                }
            }
        }
        StringBuilder plan = new StringBuilder("{\"vision\":\"ผู้เรียนมีคุณภาพ ครูเป็นมืออาชีพ บริหารด้วยธรรมาภิบาล (สมมติ)\",");
        plan.append("\"missions\":[\"พัฒนาคุณภาพผู้เรียน\",\"พัฒนาครูและบุคลากรทางการศึกษา\",\"บริหารจัดการตามหลักธรรมาภิบาล\"],");
        plan.append("\"goals\":[\"ผู้เรียนมีคุณภาพตามมาตรฐาน\",\"ครูเป็นมืออาชีพ\"],\"strategies\":[");
        String[] strategies = {"บริหารจัดการตามหลักธรรมาภิบาล", "จัดการศึกษาให้ผู้เรียนมีความปลอดภัย", "พัฒนาหลักสูตรและการจัดการเรียนรู้",
                "พัฒนาครู และบุคลากรทางการศึกษาเป็นมืออาชีพ", "พัฒนาผู้เรียนให้มีคุณภาพสอดคล้องกับศตวรรษที่ 21",
                "เพิ่มโอกาส และความเสมอภาคทางการศึกษา"};
        for (int i = 0; i < strategies.length; i++) {
            plan.append(i == 0 ? "" : ",").append("{\"number\":").append(i + 1).append(",\"textTh\":\"").append(strategies[i]).append("\"}");
        }
        plan.append("],\"coreValues\":[{\"letter\":\"Q\",\"nameEn\":\"Quality\",\"meaningTh\":\"คุณภาพ\"}],");
        plan.append("\"policies\":[{\"number\":1,\"titleTh\":\"ด้านความปลอดภัย\",\"items\":[{\"number\":\"1.1\",\"textTh\":\"สถานศึกษาเป็นพื้นที่ปลอดภัย\"}]}],");
        plan.append("\"focusPoints\":[\"ส่งเสริมการอ่าน\"]}\n");
        Files.writeString(out.resolve("strategic-plan-2566.json"), plan, StandardCharsets.UTF_8);
    }

    private static String money(double v) {
        return java.math.BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String satang(long satang) {
        return java.math.BigDecimal.valueOf(satang, 2).toPlainString();
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
