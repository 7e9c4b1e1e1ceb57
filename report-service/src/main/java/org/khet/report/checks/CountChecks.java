package org.khet.report.checks;

import org.khet.contracts.Finding;
import org.khet.contracts.read.project.QuantitativeResult;
import org.khet.contracts.read.school.AreaSummary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts that cannot be (จำนวนที่เป็นไปไม่ได้): a per-unit bound times the units that cannot give the stated total,
 * and a percentage for which no whole base exists. The tables (ADR 0024): 1.1.1's size bands times its schools
 * against the students of 1.1.2; 1.1.3's classrooms against its students (a room holds at least one pupil); 1.1.4's
 * directors against Table 1's main schools of the district (one director a school); 3.1's admitted rooms against
 * admitted students; and a project's quantitative result "จำนวน N … ร้อยละ x" where no whole number of people or
 * schools has N as x per cent.
 */
public final class CountChecks {
    public static final String COUNT = "report.impossible-count";
    public static final String PERCENT = "report.impossible-percent";
    private static final Pattern BAND = Pattern.compile("(\\d[\\d,]*)\\s*-\\s*(\\d[\\d,]*)|(\\d[\\d,]*)\\s*\\+");
    private static final Pattern COUNT_IN_TEXT = Pattern.compile("จำนวน\\s*(\\d[\\d,]*)\\s*(คน|โรงเรียน|โรง|แห่ง|ราย)");
    private static final Pattern PERCENT_IN_TEXT = Pattern.compile("ร้อยละ\\s*(\\d{1,3}(?:\\.\\d{1,2})?)");

    private CountChecks() {
    }

    /** The summary's tables. */
    public static List<Finding> summary(Finding.Subject area, AreaSummary s) {
        List<Finding> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        sizeBands(area, s, out);
        if (s.studentsByGrade() != null) {
            for (AreaSummary.LevelBlock level : s.studentsByGrade().levels()) {
                for (AreaSummary.GradeRow g : level.grades()) {
                    roomsWithoutPupils(area, "1.1.3", g.nameTh(), g.classrooms(), g.students(), out);
                }
            }
        }
        if (s.admissions() != null) {
            for (AreaSummary.AdmissionRow r : s.admissions().rows()) {
                roomsWithoutPupils(area, "3.1", r.nameTh(), r.admittedRooms(), r.admittedStudents(), out);
            }
        }
        directors(area, s, out);
        return out;
    }

    /** 1.1.1: no school of a band has fewer pupils than its floor or more than its ceiling. */
    static void sizeBands(Finding.Subject area, AreaSummary s, List<Finding> out) {
        if (s.sizeClasses() == null || s.studentsByDistrict() == null || s.studentsByDistrict().total() == null) {
            return;
        }
        long least = 0;
        long most = 0;
        boolean bounded = true;
        for (AreaSummary.SizeClassRow r : s.sizeClasses().rows()) {
            Matcher m = BAND.matcher(r.students() == null ? "" : r.students());
            if (!m.find()) {
                return;
            }
            if (m.group(1) != null) {
                least += (long) r.schools() * whole(m.group(1));
                most += (long) r.schools() * whole(m.group(2));
            } else {
                least += (long) r.schools() * whole(m.group(3));
                bounded &= r.schools() == 0;
            }
        }
        long students = s.studentsByDistrict().total().total();
        if (students < least || (bounded && students > most)) {
            String range = bounded ? least + "–" + most : "≥ " + least;
            out.add(Finding.of(COUNT, ReportChecks.SOURCE, area).at("1.1.1", "รวม", "จำนวนนักเรียน")
                    .labels(Long.toString(students), range)
                    .says("นักเรียน " + students + " คน (ตาราง 1.1.2) เป็นไปไม่ได้กับจำนวนโรงเรียนตามขนาด (ตาราง 1.1.1): "
                                    + "ช่วงจำนวนนักเรียนของแต่ละขนาดคูณจำนวนโรงเรียนให้ได้ " + range + " คน",
                            students + " pupils (table 1.1.2) cannot be with the schools by size (table 1.1.1): the size"
                                    + " bands times the schools give " + range));
        }
    }

    /** A room with no pupil cannot be: classrooms above students. */
    static void roomsWithoutPupils(Finding.Subject area, String table, String row, int rooms, int students,
                                   List<Finding> out) {
        if (rooms > students) {
            out.add(Finding.of(COUNT, ReportChecks.SOURCE, area).at(table, row, "ห้องเรียน")
                    .counts(rooms, students)
                    .says("ห้องเรียน " + rooms + " ห้อง มากกว่านักเรียน " + students + " คน (" + row + " ตาราง " + table
                                    + "): ห้องเรียนหนึ่งห้องมีนักเรียนอย่างน้อยหนึ่งคน",
                            rooms + " classrooms for " + students + " pupils (" + table + ", " + row
                                    + "): a classroom holds at least one pupil"));
        }
    }

    /** 1.1.4: a school has one director, so a district cannot have more directors than its main schools. */
    static void directors(Finding.Subject area, AreaSummary s, List<Finding> out) {
        if (s.staffByDistrict() == null || s.table1() == null) {
            return;
        }
        Map<String, AreaSummary.DistrictRow> districts = new HashMap<>();
        s.table1().districts().forEach(d -> districts.put(d.code(), d));
        for (AreaSummary.StaffRow r : s.staffByDistrict().rows()) {
            AreaSummary.DistrictRow d = districts.get(r.districtCode());
            if (d != null && r.directors() > d.mainSchools()) {
                out.add(Finding.of(COUNT, ReportChecks.SOURCE, area).at("1.1.4", r.nameTh(), "ผู้บริหาร")
                        .counts(r.directors(), d.mainSchools())
                        .says("ผู้บริหารสถานศึกษา " + r.directors() + " คน ในอำเภอ" + r.nameTh()
                                        + " มากกว่าโรงเรียนหลัก " + d.mainSchools() + " โรง (ตาราง 1): โรงเรียนหนึ่งมีผู้อำนวยการหนึ่งคน",
                                r.directors() + " school directors in " + r.nameTh() + " but " + d.mainSchools()
                                        + " main schools (table 1): a school has one director"));
            }
        }
    }

    /**
     * A quantitative result that states a count and a percentage ("จำนวน 19 โรงเรียน คิดเป็นร้อยละ 95"): some whole
     * base must give the count as that percentage at the precision printed; none does → a finding.
     *
     * @param where the project as the report names it ("โครงการตามแผนปฏิบัติการ ที่ 12")
     */
    public static List<Finding> percentages(Finding.Subject project, String where, List<QuantitativeResult> results) {
        List<Finding> out = new ArrayList<>();
        for (QuantitativeResult r : results == null ? List.<QuantitativeResult>of() : results) {
            String text = r.statement() == null ? "" : r.statement();
            Matcher c = COUNT_IN_TEXT.matcher(text);
            Matcher p = PERCENT_IN_TEXT.matcher(text);
            if (!c.find() || !p.find()) {
                continue;
            }
            long count = whole(c.group(1));
            BigDecimal percent = new BigDecimal(p.group(1));
            if (!wholeBaseExists(count, percent)) {
                out.add(Finding.of(PERCENT, ReportChecks.SOURCE, project).at(where, text, "ร้อยละ")
                        .labels(count + " = ร้อยละ " + percent.toPlainString(), null)
                        .says("ไม่มีจำนวนเต็มใดที่ " + count + " " + c.group(2) + " คิดเป็นร้อยละ " + percent.toPlainString()
                                        + " (ปัดตามทศนิยมที่พิมพ์): ตัวเลขในผลการดำเนินงานขัดกันเอง",
                                "no whole base makes " + count + " come to " + percent.toPlainString()
                                        + " per cent at the precision printed: the result's figures contradict each other"));
            }
        }
        return out;
    }

    /**
     * Whether some whole base b ≥ count gives count/b·100 = percent, rounded half up at the percent's scale. Zero
     * per cent has a base only for a zero count; above 100 per cent none exists.
     */
    static boolean wholeBaseExists(long count, BigDecimal percent) {
        if (percent.signum() <= 0) {
            return count == 0;
        }
        if (percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            return false;
        }
        if (count == 0) {
            return false;
        }
        int scale = Math.max(0, percent.scale());
        BigDecimal half = BigDecimal.ONE.movePointLeft(scale).divide(BigDecimal.valueOf(2));
        BigDecimal hundredCount = BigDecimal.valueOf(count * 100);
        // count·100/(percent + half) < b ≤ count·100/(percent − half): the bases that round to the percent
        BigDecimal low = hundredCount.divide(percent.add(half), 10, RoundingMode.FLOOR);
        BigDecimal high = percent.subtract(half).signum() <= 0 ? BigDecimal.valueOf(Long.MAX_VALUE)
                : hundredCount.divide(percent.subtract(half), 10, RoundingMode.CEILING);
        long from = Math.max(count, low.setScale(0, RoundingMode.FLOOR).longValue());
        long to = Math.min(high.setScale(0, RoundingMode.CEILING).longValue(), from + 1_000_000);
        for (long b = from; b <= to; b++) {
            BigDecimal got = BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(b), scale, RoundingMode.HALF_UP);
            if (got.compareTo(percent) == 0) {
                return true;
            }
        }
        return false;
    }

    private static long whole(String digits) {
        return Long.parseLong(digits.replace(",", ""));
    }
}
