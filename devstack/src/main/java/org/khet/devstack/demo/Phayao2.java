package org.khet.devstack.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The per-school facts of Phayao Primary ESAO 2 (area 5602) for academic year 2566, round of 10 June 2566.
 * <p>
 * The annual report prints only totals; the schools behind them are generated here, deterministically from a
 * seed number, so that every printed total comes out exactly: 131 schools (128 + 3 branches) in the five
 * districts, the size classes (89 / 41 / 1), students by district × gender and by grade, classrooms by grade,
 * the 8 geographic networks and the 30 expansion schools, executives, deputies and teachers by district, and
 * contract staff by type. Real school names the report mentions are used; the others are marked generated.
 */
public final class Phayao2 {
    public static final String AREA_CODE = "5602";
    public static final int ACADEMIC_YEAR = 2566;
    public static final String ROUND_DATE = "2023-06-10";

    /** K1–K3, P1–P6, M1–M3. */
    public static final List<String> GRADES = List.of("K1", "K2", "K3", "P1", "P2", "P3", "P4", "P5", "P6", "M1", "M2", "M3");
    static final int[] GRADE_STUDENTS = {80, 1298, 1415, 1548, 1539, 1611, 1658, 1868, 1840, 497, 487, 471};
    static final int[] GRADE_ROOMS = {11, 117, 118, 124, 124, 125, 124, 125, 126, 31, 30, 31};

    /** Table 1 and 1.1.2 and 1.1.4, in the report's order of Table 1. */
    public record District(String code, String nameTh, String nameEn, int subDistricts, int villages,
                           int municipalities, int saos, String areaKm2, int population, int schools, int branches,
                           int boys, int girls, int small, int medium, int large, int expansion,
                           int directors, int deputies, int teachers, List<Network> networks) {
    }

    public record Network(String code, String nameTh, int schools) {
    }

    public static final List<District> DISTRICTS = List.of(
            new District("5602-01", "จุน", "Chun", 7, 86, 5, 2, "571.23", 48129, 23, 0, 1361, 1205, 15, 8, 0, 5,
                    19, 2, 158, List.of(new Network("5602-n01", "กลุ่มโรงเรียนจุน 1", 12), new Network("5602-n02", "กลุ่มโรงเรียนจุน 2", 11))),
            new District("5602-02", "เชียงคำ", "Chiang Kham", 10, 135, 4, 7, "707.35", 74826, 37, 2, 2508, 2320, 25, 11, 1, 9,
                    26, 3, 313, List.of(new Network("5602-n05", "กลุ่มโรงเรียนเชียงคำ 1", 17), new Network("5602-n06", "กลุ่มโรงเรียนเชียงคำ 2", 20))),
            new District("5602-03", "เชียงม่วน", "Chiang Muan", 3, 34, 1, 2, "772.86", 18237, 13, 0, 618, 562, 9, 4, 0, 3,
                    5, 1, 84, List.of(new Network("5602-n07", "กลุ่มโรงเรียนเชียงม่วน", 13))),
            new District("5602-04", "ปง", "Pong", 7, 88, 3, 6, "1783.45", 51339, 39, 1, 1934, 1831, 28, 11, 0, 9,
                    20, 2, 227, List.of(new Network("5602-n03", "กลุ่มโรงเรียนปง 1", 21), new Network("5602-n04", "กลุ่มโรงเรียนปง 2", 18))),
            new District("5602-05", "ภูซาง", "Phu Sang", 5, 59, 1, 4, "370.20", 31866, 19, 0, 1048, 925, 12, 7, 0, 4,
                    16, 0, 141, List.of(new Network("5602-n08", "กลุ่มโรงเรียนภูซาง", 19))));

    public static final Network COMPULSORY = new Network("5602-n09", "กลุ่มโรงเรียนการศึกษาภาคบังคับ", 30);

    /** Table 1.1.5: contract staff by type (as data: code, Thai name, count). */
    public static final Map<String, Integer> CONTRACT_STAFF = new LinkedHashMap<>();
    public static final Map<String, String> CONTRACT_STAFF_TH = new LinkedHashMap<>();

    static {
        contract("government-employee", "พนักงานราชการ", 49);
        contract("crisis-teacher", "ครูวิกฤต", 23);
        contract("janitor", "จ้างเหมานักการภารโรง", 49);
        contract("special-needs-assistant", "ครูพี่เลี้ยงเด็กพิการ", 33);
        contract("school-clerk", "ครูธุรการโรงเรียน", 94);
        contract("boarding-teacher", "ครูประจำพักนอน", 0);
        contract("sci-math-staff", "บุคลากร วิทย-คณิต", 6);
        contract("honoured-teacher", "ครูผู้ทรงคุณค่าแห่งแผ่นดิน", 3);
    }

    private static void contract(String code, String th, int n) {
        CONTRACT_STAFF.put(code, n);
        CONTRACT_STAFF_TH.put(code, th);
    }

    /** Real names from the report, with the district each is placed in (the report does not always say). */
    static final Map<String, String[]> REAL_SCHOOLS = new LinkedHashMap<>();

    static {
        REAL_SCHOOLS.put("5602-02", new String[] {"โรงเรียนอนุบาลเชียงคำ (วัดพระธาตุสบแวน)", "โรงเรียนบ้านสถาน",
                "โรงเรียนบ้านขุนกำลัง", "โรงเรียนบ้านหย่วน", "โรงเรียนบ้านแก", "โรงเรียนบ้านถ้ำผาลาด"});
        REAL_SCHOOLS.put("5602-01", new String[] {"โรงเรียนอนุบาลจุน (บ้านบัวสถาน)", "โรงเรียนบ้านสระ", "โรงเรียนบ้านป่าสัก",
                "โรงเรียนบ้านดอนเงิน"});
        REAL_SCHOOLS.put("5602-04", new String[] {"โรงเรียนอนุบาลปง (บ้านนาปรัง)", "โรงเรียนบ้านใหม่ปางคำ (ภูลังกาอนุสรณ์)",
                "โรงเรียนราชานุเคราะห์", "โรงเรียนบ้านน้ำมิน", "โรงเรียนบ้านสันโค้ง"});
        REAL_SCHOOLS.put("5602-03", new String[] {"โรงเรียนบ้านสา", "โรงเรียนบ้านแม่ต๋า"});
        REAL_SCHOOLS.put("5602-05", new String[] {"โรงเรียนบ้านพระนั่งดิน", "โรงเรียนบ้านใจโก้"});
    }

    public static final class School {
        public String code;
        public String nameTh;
        public boolean generatedName;
        public District district;
        public String branchOf;
        public boolean expansion;
        public final List<String> networks = new ArrayList<>();
        public int total;
        public final int[] boys = new int[GRADES.size()];
        public final int[] girls = new int[GRADES.size()];
        public final int[] rooms = new int[GRADES.size()];
        public int directors;
        public int deputies;
        public int teachers;
        public final Map<String, Integer> contractStaff = new LinkedHashMap<>();

        public int students(int grade) {
            return boys[grade] + girls[grade];
        }

        public String sizeClass() {
            return total <= 120 ? "small" : total <= 600 ? "medium" : total <= 1500 ? "large" : "extra-large";
        }
    }

    private Phayao2() {
    }

    /** All 131 schools, generated from {@code seed}; the same seed gives the same schools. */
    public static List<School> schools(long seed) {
        Random rnd = new Random(seed);
        List<School> all = new ArrayList<>();
        int serial = 1;
        for (District d : DISTRICTS) {
            List<School> ds = new ArrayList<>();
            int mains = d.schools() - d.branches();
            String[] real = REAL_SCHOOLS.getOrDefault(d.code(), new String[0]);
            for (int i = 0; i < d.schools(); i++) {
                School s = new School();
                s.district = d;
                s.code = String.format("1056%06d", 20000 + serial++);
                if (i < real.length) {
                    s.nameTh = real[i];
                } else {
                    s.nameTh = "โรงเรียนบ้าน" + d.nameTh() + " " + (i + 1) + " (ชื่อสมมติ)";
                    s.generatedName = true;
                }
                ds.add(s);
            }
            // branches: the last ones of the district, attached to the first main schools
            for (int b = 0; b < d.branches(); b++) {
                School br = ds.get(mains + b);
                br.branchOf = ds.get(b + 1).code;
                br.nameTh = ds.get(b + 1).nameTh + " สาขา" + (b + 1);
                br.generatedName = ds.get(b + 1).generatedName;
            }
            sizes(d, ds, rnd);
            all.addAll(ds);
        }
        expansionAndNetworks(all);
        grades(all);
        staff(all);
        return all;
    }

    /** School totals within their size classes, summing to the district's boys + girls. */
    private static void sizes(District d, List<School> ds, Random rnd) {
        int target = d.boys() + d.girls();
        int mains = d.schools() - d.branches();
        int[] lo = new int[ds.size()];
        int[] hi = new int[ds.size()];
        double[] w = new double[ds.size()];
        // the first school (the district's anubal school) is the largest; then mediums, then smalls, then branches
        for (int i = 0; i < ds.size(); i++) {
            String cls;
            if (i >= mains) {
                cls = "branch";
            } else if (i < d.large()) {
                cls = "large";
            } else if (i < d.large() + d.medium()) {
                cls = "medium";
            } else {
                cls = "small";
            }
            switch (cls) {
                case "large" -> { lo[i] = 601; hi[i] = 1500; w[i] = 700 + rnd.nextInt(100); }
                case "medium" -> { lo[i] = 121; hi[i] = 600; w[i] = 140 + rnd.nextInt(160); }
                case "small" -> { lo[i] = 20; hi[i] = 120; w[i] = 40 + rnd.nextInt(70); }
                default -> { lo[i] = 8; hi[i] = 40; w[i] = 12 + rnd.nextInt(15); }
            }
        }
        int[] t = Allocation.proportional(target, w);
        // pull every school into its class bounds, moving the difference to schools with room to spare
        for (int pass = 0; pass < 10_000; pass++) {
            int fix = -1;
            for (int i = 0; i < t.length; i++) {
                if (t[i] < lo[i] || t[i] > hi[i]) {
                    fix = i;
                    break;
                }
            }
            if (fix < 0) {
                break;
            }
            int delta = t[fix] < lo[fix] ? lo[fix] - t[fix] : hi[fix] - t[fix];
            t[fix] += delta;
            for (int i = 0; i < t.length && delta != 0; i++) {
                int j = (fix + 1 + i) % t.length;
                if (j == fix) {
                    continue;
                }
                int room = delta > 0 ? t[j] - lo[j] : hi[j] - t[j];
                int move = Math.min(room, Math.abs(delta));
                if (move > 0) {
                    t[j] += delta > 0 ? -move : move;
                    delta += delta > 0 ? -move : move;
                }
            }
            if (delta != 0) {
                throw new IllegalStateException("district " + d.nameTh() + " cannot meet its size classes");
            }
        }
        for (int i = 0; i < ds.size(); i++) {
            ds.get(i).total = t[i];
        }
    }

    private static void expansionAndNetworks(List<School> all) {
        for (District d : DISTRICTS) {
            List<School> ds = all.stream().filter(s -> s.district == d).toList();
            // expansion schools: the largest main schools of the district except the anubal (first) school
            List<School> candidates = new ArrayList<>(ds.stream().filter(s -> s.branchOf == null).skip(1).toList());
            candidates.sort(Comparator.comparingInt((School s) -> -s.total).thenComparing(s -> s.code));
            for (int i = 0; i < d.expansion(); i++) {
                candidates.get(i).expansion = true;
                candidates.get(i).networks.add(COMPULSORY.code());
            }
            int idx = 0;
            for (Network n : d.networks()) {
                for (int k = 0; k < n.schools(); k++) {
                    ds.get(idx++).networks.add(0, n.code());
                }
            }
        }
    }

    /** Students by grade and gender and rooms by grade, meeting the grade table and the district × gender table. */
    private static void grades(List<School> all) {
        int n = all.size();
        int g = GRADES.size();
        int[] rowSums = all.stream().mapToInt(s -> s.total).toArray();
        boolean[][] allowed = new boolean[n][g];
        List<School> bySize = new ArrayList<>(all);
        bySize.sort(Comparator.comparingInt((School s) -> -s.total).thenComparing(s -> s.code));
        List<School> k1Schools = bySize.subList(0, 11);
        for (int i = 0; i < n; i++) {
            School s = all.get(i);
            for (int j = 0; j < g; j++) {
                String grade = GRADES.get(j);
                allowed[i][j] = switch (grade.charAt(0)) {
                    case 'M' -> s.expansion;
                    case 'K' -> !grade.equals("K1") || k1Schools.contains(s);
                    default -> true;
                };
            }
        }
        int[][] students = Allocation.matrix(rowSums, GRADE_STUDENTS, allowed);
        // boys: the district's boys split over its schools in proportion to size, then over grades
        for (District d : DISTRICTS) {
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (all.get(i).district == d) {
                    idx.add(i);
                }
            }
            double[] w = idx.stream().mapToDouble(i -> all.get(i).total).toArray();
            int[] boys = Allocation.proportional(d.boys(), w);
            for (int k = 0; k < idx.size(); k++) {
                int i = idx.get(k);
                double[] gw = new double[g];
                for (int j = 0; j < g; j++) {
                    gw[j] = students[i][j];
                }
                int[] b = Allocation.proportional(boys[k], gw);
                School s = all.get(i);
                for (int j = 0; j < g; j++) {
                    if (b[j] > students[i][j]) {
                        throw new IllegalStateException("more boys than students in " + s.code + " " + GRADES.get(j));
                    }
                    s.boys[j] = b[j];
                    s.girls[j] = students[i][j] - b[j];
                }
            }
        }
        // rooms: about one per 35 students of a grade, scaled to the grade's printed number of rooms
        for (int j = 0; j < g; j++) {
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                w[i] = students[i][j] == 0 ? 0 : Math.ceil(students[i][j] / 35.0);
            }
            int[] r = Allocation.proportional(GRADE_ROOMS[j], w);
            for (int i = 0; i < n; i++) {
                all.get(i).rooms[j] = r[i];
            }
        }
        // every school has at least one room: a small school teaches its grades together in the room of its
        // largest grade, taken from the school with the most rooms for that grade (the grade's total stays)
        for (School s : all) {
            if (java.util.Arrays.stream(s.rooms).sum() > 0) {
                continue;
            }
            int best = 0;
            for (int j = 1; j < g; j++) {
                if (s.students(j) > s.students(best)) {
                    best = j;
                }
            }
            final int grade = best;
            School donor = all.stream().filter(o -> o.rooms[grade] > 0 && java.util.Arrays.stream(o.rooms).sum() > 1)
                    .max(Comparator.comparingInt((School o) -> o.rooms[grade])
                            .thenComparingInt(o -> java.util.Arrays.stream(o.rooms).sum()).thenComparing(o -> o.code))
                    .orElseThrow();
            donor.rooms[grade]--;
            s.rooms[grade]++;
        }
    }

    private static void staff(List<School> all) {
        for (District d : DISTRICTS) {
            List<School> mains = all.stream().filter(s -> s.district == d && s.branchOf == null)
                    .sorted(Comparator.comparingInt((School s) -> -s.total).thenComparing(s -> s.code)).toList();
            for (int i = 0; i < d.directors(); i++) {
                mains.get(i).directors = 1;
            }
            for (int i = 0; i < d.deputies(); i++) {
                mains.get(i).deputies = 1;
            }
            double[] w = mains.stream().mapToDouble(s -> 20 + s.total).toArray();
            int[] t = Allocation.proportional(d.teachers(), w);
            for (int i = 0; i < mains.size(); i++) {
                mains.get(i).teachers = t[i];
            }
        }
        List<School> mains = all.stream().filter(s -> s.branchOf == null)
                .sorted(Comparator.comparingInt((School s) -> -s.total).thenComparing(s -> s.code)).toList();
        double[] w = mains.stream().mapToDouble(s -> s.total).toArray();
        for (Map.Entry<String, Integer> e : CONTRACT_STAFF.entrySet()) {
            int[] c = Allocation.proportional(e.getValue(), w);
            for (int i = 0; i < mains.size(); i++) {
                if (c[i] > 0) {
                    mains.get(i).contractStaff.put(e.getKey(), c[i]);
                }
            }
        }
    }
}
