package org.khet.devstack.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes Phayao 2's school-service demo files (area profile, units, districts, networks, schools, office
 * staff, and the enrolment, staffing, admissions and transitions feeds) in school-service's own formats,
 * from the seed's printed figures and {@link Phayao2}'s generated schools. The files are kept in the
 * project (demo/phayao2-2566/school); a test checks they are what this writes.
 * <p>
 * Usage: {@code SchoolDemoFiles <output-dir>}.
 */
public final class SchoolDemoFiles {
    public static final long SEED = 2566;

    private SchoolDemoFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "demo/phayao2-2566/school");
        write(out);
        System.out.println("wrote " + out);
    }

    /** Unit code, kind, Thai name, director, and head counts by personnel category (table 1.1.6). */
    record Unit(String code, String kind, String nameTh, String director, Map<String, Integer> staff) {
    }

    static final List<Unit> UNITS = List.of(
            unit("director", "executive", "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา", "นายสำเนียง อัดไพบูลย์", "38kh", 1),
            unit("deputy", "executive", "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา", "นายนิคม กิรติวรังกูร", "38kh", 3),
            unit("admin", "group", "กลุ่มอำนวยการ", "นางสาวจิตติมา คำลือ", "38c2", 3, "permanent", 1, "temporary", 9),
            unit("finance", "group", "กลุ่มบริหารงานการเงินและสินทรัพย์", "นายอุเทน มะโนชัย", "38c2", 7, "temporary", 3),
            unit("personnel", "group", "กลุ่มบริหารงานบุคคล", "นางเกตุสุตา โพธิ์แก้ว", "38c2", 8, "government-employee", 1, "temporary", 1),
            unit("policy", "group", "กลุ่มนโยบายและแผน", "นางกรณิการ์ คำแจ้", "38c2", 4, "temporary", 1),
            unit("promotion", "group", "กลุ่มส่งเสริมการจัดการศึกษา", "นางกชพร คำวงษา", "38c2", 5, "government-employee", 1, "temporary", 1),
            unit("audit", "unit", "หน่วยตรวจสอบภายใน", "นางชนัดดา สมฤทธิ์", "38c2", 1),
            unit("supervision", "group", "กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา", "นายสุจินต์ สุคันธนปัญญา", "38c1", 13, "temporary", 1),
            unit("ict", "group", "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร", "นายบุญลีน สุปันทา", "38c2", 1, "temporary", 1),
            unit("teacher-development", "group", "กลุ่มพัฒนาครูและบุคลากรทางการศึกษา", "นางสาวพิสุทธา พัฒนทัศน์กุล", "38c2", 1),
            unit("legal", "group", "กลุ่มกฎหมายและคดี", "นางชวัญดาว ไชยมงคล", "38c2", 1));

    static final List<String> DEPUTIES = List.of("นายนิคม กิรติวรังกูร", "นางนพมาศ วรผาบ", "นางสาวอ้อนจันทร์ คำเพราะ");

    static final List<String> SUBJECT_CLUBS = List.of("ชมรมครูวิทยาศาสตร์", "ชมรมครูงานอาชีพและเทคโนโลยี", "ชมรมครูสังคมศึกษา",
            "ชมรมครูศิลปะ", "ชมรมครูกลุ่มปฐมวัย", "ชมรมครูคณิตศาสตร์", "ชมรมครูภาษาไทย", "ชมรมครูสุขศึกษาและพลศึกษา",
            "ชมรมครูภาษาต่างประเทศ", "ชมรมครูกิจกรรมพัฒนาผู้เรียน", "กลุ่มไทรศึกษา");

    private static Unit unit(String code, String kind, String name, String director, Object... counts) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i += 2) {
            m.put((String) counts[i], (Integer) counts[i + 1]);
        }
        return new Unit(code, kind, name, director, m);
    }

    public static void write(Path out) throws IOException {
        Files.createDirectories(out);
        List<Phayao2.School> schools = Phayao2.schools(SEED);
        String area = Phayao2.AREA_CODE;

        write(out, "area.jsonl", List.of(json("code", area,
                "nameTh", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพะเยา เขต 2",
                "nameEn", "Phayao Primary Educational Service Area Office 2", "level", "primary", "province", "พะเยา",
                "address", "หมู่ที่ 17 ถนนจุน – ปง ตำบลจุน อำเภอจุน จังหวัดพะเยา 56150",
                "phone", "0-5407-9867, 0-5407-9869", "website", "http://www.phayao2.go.th")));

        List<String> units = new ArrayList<>();
        for (int i = 0; i < UNITS.size(); i++) {
            Unit u = UNITS.get(i);
            // the deputies' unit is held by the three deputies the seed's executives page names, in its order
            units.add(json("unit", u.code(), "nameTh", u.nameTh(), "kind", u.kind(), "directorName", u.director(), "sortOrder", i + 1,
                    "holders", u.code().equals("deputy") ? DEPUTIES : null));
        }
        write(out, "offices.jsonl", units);

        List<String> districts = new ArrayList<>();
        for (Phayao2.District d : Phayao2.DISTRICTS) {
            districts.add(json("code", d.code(), "areaCode", area, "nameTh", d.nameTh(), "nameEn", d.nameEn(),
                    "subDistricts", d.subDistricts(), "villages", d.villages(), "municipalities", d.municipalities(),
                    "subDistrictAdministrations", d.saos(), "areaKm2", new java.math.BigDecimal(d.areaKm2()),
                    "population", d.population(), "reportedSchools", d.schools()));
        }
        write(out, "districts.jsonl", districts);

        List<String> schoolLines = new ArrayList<>();
        for (Phayao2.School s : schools) {
            schoolLines.add(json("code", s.code, "districtCode", s.district.code(), "nameTh", s.nameTh,
                    "branchOf", s.branchOf, "expansion", s.expansion, "boarding", false));
        }
        write(out, "schools.jsonl", schoolLines);

        List<String> networks = new ArrayList<>();
        for (Phayao2.District d : Phayao2.DISTRICTS) {
            for (Phayao2.Network n : d.networks()) {
                networks.add(json("code", n.code(), "areaCode", area, "nameTh", n.nameTh(), "kind", "cluster",
                        "position", seedPosition(n.code())));
            }
        }
        networks.add(json("code", Phayao2.COMPULSORY.code(), "areaCode", area, "nameTh", Phayao2.COMPULSORY.nameTh(), "kind", "program",
                "position", seedPosition(Phayao2.COMPULSORY.code())));
        for (int i = 0; i < SUBJECT_CLUBS.size(); i++) {
            networks.add(json("code", String.format("5602-c%02d", i + 1), "areaCode", area, "nameTh", SUBJECT_CLUBS.get(i), "kind", "subject-club",
                    "position", i + 1));
        }
        write(out, "networks.jsonl", networks);

        List<String> members = new ArrayList<>();
        for (Phayao2.School s : schools) {
            for (String n : s.networks) {
                members.add(json("networkCode", n, "schoolCode", s.code, "fromYear", Phayao2.ACADEMIC_YEAR));
            }
        }
        write(out, "members.jsonl", members);

        List<String> staff = new ArrayList<>();
        for (Unit u : UNITS) {
            int n = 0;
            for (Map.Entry<String, Integer> e : u.staff().entrySet()) {
                for (int k = 0; k < e.getValue(); k++) {
                    n++;
                    String name;
                    if (u.code().equals("deputy")) {
                        name = DEPUTIES.get(k);
                    } else if (n == 1) {
                        name = u.director();
                    } else {
                        name = "บุคลากร" + u.nameTh().replace("กลุ่ม", "").replace("หน่วย", "") + " คนที่ " + n + " (ชื่อสมมติ)";
                    }
                    String id = UUID.nameUUIDFromBytes((area + "/" + u.code() + "/" + n).getBytes(StandardCharsets.UTF_8)).toString();
                    staff.add(json("id", id, "areaCode", area, "nameTh", name, "position", position(u, n), "category", e.getKey(),
                            "unitCode", u.code()));
                }
            }
        }
        write(out, "office-staff.jsonl", staff);

        StringBuilder enrol = new StringBuilder("schoolCode,academicYear,round,snapshotDate,grade,boys,girls,classrooms\n");
        StringBuilder staffing = new StringBuilder("schoolCode,academicYear,round,staffType,count\n");
        for (Phayao2.School s : schools) {
            for (int g = 0; g < Phayao2.GRADES.size(); g++) {
                if (s.students(g) > 0 || s.rooms[g] > 0) {
                    enrol.append(String.join(",", s.code, "2566", "1", Phayao2.ROUND_DATE, Phayao2.GRADES.get(g),
                            String.valueOf(s.boys[g]), String.valueOf(s.girls[g]), String.valueOf(s.rooms[g]))).append('\n');
                }
            }
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("director", s.directors);
            counts.put("deputy", s.deputies);
            counts.put("teacher", s.teachers);
            counts.putAll(s.contractStaff);
            counts.forEach((type, n) -> {
                if (n > 0) {
                    staffing.append(String.join(",", s.code, "2566", "1", type, String.valueOf(n))).append('\n');
                }
            });
        }
        // boarding teachers: the report prints the type with 0 people; say so for the area's first school
        staffing.append(String.join(",", schools.get(0).code, "2566", "1", "boarding-teacher", "0")).append('\n');
        Files.writeString(out.resolve("enrolment-2566-round1.csv"), enrol, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("staffing-2566-round1.csv"), staffing, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("admissions-2566.csv"), admissions(schools), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("transitions-2565.csv"), transitions(schools), StandardCharsets.UTF_8);
    }

    private static String position(Unit u, int n) {
        if (u.code().equals("director")) {
            return "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา";
        }
        if (u.code().equals("deputy")) {
            return "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา";
        }
        return n == 1 ? "ผู้อำนวยการ" + u.nameTh() : "เจ้าหน้าที่";
    }

    /** Table 3.1 spread over the schools that admit at each level, totals exactly as printed. */
    static String admissions(List<Phayao2.School> schools) {
        StringBuilder sb = new StringBuilder("schoolCode,academicYear,level,plannedRooms,plannedStudents,admittedRooms,admittedStudents\n");
        level(sb, schools.stream().filter(s -> s.students(1) > 0).toList(), "kindergarten", 112, 118, 1760, 114, 1017);
        level(sb, schools, "P1", 117, 122, 2047, 121, 1344);
        level(sb, schools.stream().filter(s -> s.expansion).toList(), "M1", 29, 31, 671, 30, 419);
        return sb.toString();
    }

    private static void level(StringBuilder sb, List<Phayao2.School> candidates, String level, int schools, int plannedRooms,
                              int plannedStudents, int admittedRooms, int admittedStudents) {
        List<Phayao2.School> open = candidates.stream()
                .sorted(java.util.Comparator.comparingInt((Phayao2.School s) -> -s.total).thenComparing(s -> s.code))
                .limit(schools).toList();
        double[] w = open.stream().mapToDouble(s -> s.total).toArray();
        int[] pr = atLeastOne(plannedRooms, w);
        int[] ps = Allocation.proportional(plannedStudents, w);
        int[] ar = atLeastOne(admittedRooms, w);
        int[] as = Allocation.proportional(admittedStudents, w);
        for (int i = 0; i < open.size(); i++) {
            sb.append(String.join(",", open.get(i).code, "2566", level, String.valueOf(pr[i]), String.valueOf(ps[i]),
                    String.valueOf(ar[i]), String.valueOf(as[i]))).append('\n');
        }
    }

    /** One room each where there are enough rooms, the rest to the largest schools. */
    private static int[] atLeastOne(int rooms, double[] weights) {
        int[] out = new int[weights.length];
        int left = rooms;
        for (int i = 0; i < out.length && left > 0; i++) {
            out[i] = 1;
            left--;
        }
        for (int i = 0; left > 0; i = (i + 1) % out.length) {
            out[i]++;
            left--;
        }
        return out;
    }

    /** Tables 3.2 and 3.3: where the graduates of academic year 2565 went. */
    static String transitions(List<Phayao2.School> schools) {
        StringBuilder sb = new StringBuilder("schoolCode,academicYear,stage,graduates,continued,general,vocational,equivalent,notContinuing\n");
        List<Phayao2.School> p6 = schools.stream().filter(s -> s.students(8) > 0)
                .sorted(java.util.Comparator.comparingInt((Phayao2.School s) -> -s.students(8)).thenComparing(s -> s.code))
                .limit(116).toList();
        int[] grads = Allocation.proportional(1732, p6.stream().mapToDouble(s -> s.students(8)).toArray());
        for (int i = 0; i < p6.size(); i++) {
            sb.append(String.join(",", p6.get(i).code, "2565", "P6", String.valueOf(grads[i]), String.valueOf(grads[i]), "", "", "", "0")).append('\n');
        }
        // the report counts 32 schools with M3 graduates although 30 schools teach M1–M3 now: two more schools
        List<Phayao2.School> m3 = new ArrayList<>(schools.stream().filter(s -> s.expansion).toList());
        schools.stream().filter(s -> !s.expansion && s.branchOf == null)
                .sorted(java.util.Comparator.comparingInt((Phayao2.School s) -> -s.total).thenComparing(s -> s.code))
                .limit(2).forEach(m3::add);
        double[] w = m3.stream().mapToDouble(s -> 10 + s.students(11)).toArray();
        int[] general = Allocation.proportional(300, w);
        int[] vocational = Allocation.proportional(182, w);
        int[] equivalent = Allocation.proportional(12, w);
        int[] not = Allocation.proportional(12, w);
        for (int i = 0; i < m3.size(); i++) {
            int g = general[i] + vocational[i] + equivalent[i] + not[i];
            sb.append(String.join(",", m3.get(i).code, "2565", "M3", String.valueOf(g), "", String.valueOf(general[i]),
                    String.valueOf(vocational[i]), String.valueOf(equivalent[i]), String.valueOf(not[i]))).append('\n');
        }
        return sb.toString();
    }

    private static void write(Path out, String file, List<String> lines) throws IOException {
        Files.writeString(out.resolve(file), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    /** A flat JSON object from name/value pairs (strings, numbers, booleans; null values left out). */
    /** A network's place in the seed's list (5.1: จุน 1, จุน 2, ปง 1 … การศึกษาภาคบังคับ), which its code numbers. */
    static int seedPosition(String networkCode) {
        return Integer.parseInt(networkCode.substring(networkCode.length() - 2));
    }

    static String json(Object... kv) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < kv.length; i += 2) {
            Object v = kv[i + 1];
            if (v == null) {
                continue;
            }
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"').append(kv[i]).append("\":");
            if (v instanceof String s) {
                sb.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            } else if (v instanceof List<?> l) {
                sb.append('[').append(String.join(",", l.stream().map(e -> json("v", e)).map(j -> j.substring(5, j.length() - 1)).toList())).append(']');
            } else if (v instanceof java.math.BigDecimal d) {
                sb.append(d.toPlainString());
            } else {
                sb.append(v);
            }
        }
        return sb.append('}').toString();
    }
}
