package org.khet.contracts.read.school;

import org.khet.contracts.Finding;
import org.khet.contracts.codes.StaffCategory;
import org.khet.contracts.read.ComputedTable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An area's Part-1 summary as the annual report prints it (Table 1, 1.1.1–1.1.6, 3.1–3.3), every figure computed by
 * school-service from its stored rows: {@code GET /v1/areas/{code}/summary?academicYear=&round=}.
 *
 * @param snapshotDates the enrolment rounds' snapshot dates (the report's "ข้อมูล ณ วันที่")
 * @param findings      every disagreement between a figure as reported and as computed, and every inconsistency in
 *                      the stored facts
 * @param figures       every figure by its key ({@code table1/5602-01/schools}, {@code 1.1.1/small/percent}), the keys
 *                      under which figures as printed are recorded ({@code PUT …/summary/reported-figures})
 * @param moreTables    the tables school-service computes beyond these, which the report prints as they are (1.1.7 …),
 *                      in id order; empty when there are none
 * @param completeness  how complete the figures are, where collection rounds cover the summary's year and round;
 *                      null when none does (the figures are every stored one, as before rounds); always written, so a
 *                      reader that requires every component (report-service) tells "not covered" from "renamed"
 */
public record AreaSummary(String areaCode, String areaNameTh, int academicYear, int round, List<LocalDate> snapshotDates,
                          Rounds rounds, Table1 table1, SizeClasses sizeClasses, StudentsByDistrict studentsByDistrict,
                          StudentsByGrade studentsByGrade, StaffByDistrict staffByDistrict, ContractStaff contractStaff,
                          OfficeStaff officeStaff, Admissions admissions, PrimaryTransitions p6Transitions,
                          SecondaryTransitions m3Transitions, List<Finding> findings, Map<String, BigDecimal> figures,
                          List<ComputedTable> moreTables,
                          SummaryCompleteness completeness) {

    /** A summary no collection round covers. */
    public AreaSummary(String areaCode, String areaNameTh, int academicYear, int round, List<LocalDate> snapshotDates,
                       Rounds rounds, Table1 table1, SizeClasses sizeClasses, StudentsByDistrict studentsByDistrict,
                       StudentsByGrade studentsByGrade, StaffByDistrict staffByDistrict, ContractStaff contractStaff,
                       OfficeStaff officeStaff, Admissions admissions, PrimaryTransitions p6Transitions,
                       SecondaryTransitions m3Transitions, List<Finding> findings, Map<String, BigDecimal> figures,
                       List<ComputedTable> moreTables) {
        this(areaCode, areaNameTh, academicYear, round, snapshotDates, rounds, table1, sizeClasses, studentsByDistrict,
                studentsByGrade, staffByDistrict, contractStaff, officeStaff, admissions, p6Transitions, m3Transitions,
                findings, figures, moreTables, null);
    }

    /**
     * How complete the summary's figures are, where collection rounds cover them.
     *
     * @param basis  {@code acknowledged} (the default: a school's figures count once the area acknowledged its
     *               submission) or {@code submitted} (every stored figure counts, as without rounds)
     * @param rounds one line per feed kind whose collection round (the area's, else the national one; opened) covers
     *               the summary: enrolment and staffing of its year and round, admissions of its year, transitions of
     *               the year before (its graduates); kinds without such a round count every stored figure
     */
    public record SummaryCompleteness(String basis, List<KindCompleteness> rounds) {
    }

    /**
     * One feed kind's round behind some of the summary's tables.
     *
     * @param tables       the tables its figures make ({@code 1.1.1}, {@code 1.1.2}, {@code 1.1.3} for enrolment …)
     * @param expected     schools expected to submit (open at the snapshot date)
     * @param submitted    expected schools that submitted
     * @param certified    expected schools whose director's certification stands
     * @param acknowledged expected schools the area acknowledged
     * @param counted      schools whose figures the tables count on the basis
     * @param missing      the expected schools whose figures the tables do not count on the basis, in code order, with
     *                     their submission's status ({@code not-submitted}, {@code submitted}, {@code certified} …)
     * @param textTh       the line to print: "รับทราบแล้ว 128 จาก 131 โรงเรียน ยังขาด: …" (up to 10 schools named)
     * @param textEn       the same in English: "128 of 131 schools acknowledged; missing: …"
     */
    public record KindCompleteness(String kind, java.util.UUID roundId, int academicYear, int round, String roundState,
                                   List<String> tables, int expected, int submitted, int certified, int acknowledged,
                                   int counted, List<MissingSchool> missing, String textTh, String textEn) {
    }

    /** An expected school whose figures are not counted: its code, Thai name and submission status. */
    public record MissingSchool(String code, String nameTh, String status) {
    }

    /** The round's submissions: open schools, those that sent it (by status), and the codes of those that did not. */
    public record Rounds(int schoolsOpen, int schoolsWithRound, int submitted, int certified, int locked,
                         List<String> schoolsWithoutRound) {
    }

    /** Table 1: the districts the area serves, and its total row. */
    public record Table1(List<DistrictRow> districts, DistrictRow total) {
    }

    /** A district's facts and its open schools (main schools and branches); the total row has no code. */
    public record DistrictRow(String code, String nameTh, Integer subDistricts, Integer villages, Integer municipalities,
                              Integer subDistrictAdministrations, BigDecimal areaKm2, Integer population, int schools,
                              int mainSchools, int branches) {
    }

    /** 1.1.1: schools by size class, with the percentages and their printed sum. */
    public record SizeClasses(List<SizeClassRow> rows, int totalSchools, BigDecimal totalPercent) {
    }

    /** A size class ({@code small}, {@code medium}, {@code large}, {@code extra-large}) with its band of students ("0-120"). */
    public record SizeClassRow(String sizeClass, String nameTh, String students, int schools, BigDecimal percent) {
    }

    /** 1.1.2: students by district and gender. */
    public record StudentsByDistrict(List<GenderRow> rows, GenderRow total) {
    }

    public record GenderRow(String districtCode, String nameTh, int boys, int girls, int total) {
    }

    /** 1.1.3: students and classrooms by level and grade. */
    public record StudentsByGrade(List<LevelBlock> levels, int students, int classrooms) {
    }

    /** A level's block ({@code pre-primary}, {@code primary}, {@code lower-secondary}, {@code upper-secondary}). */
    public record LevelBlock(String level, String nameTh, List<GradeRow> grades, int students, int classrooms) {
    }

    /** A grade (K1 … M6). */
    public record GradeRow(String grade, String nameTh, int boys, int girls, int students, int classrooms) {
    }

    /** 1.1.4: school directors, deputies and teachers by district. */
    public record StaffByDistrict(List<StaffRow> rows, StaffRow total) {
    }

    public record StaffRow(String districtCode, String nameTh, int directors, int deputies, int teachers, int total) {
    }

    /** 1.1.5: the schools' contract staff by type. */
    public record ContractStaff(List<TypeCount> rows, int total) {
    }

    public record TypeCount(String type, String nameTh, int count) {
    }

    /** 1.1.6: the office's own staff by unit and personnel category; {@code categories} in the report's order. */
    public record OfficeStaff(List<StaffCategory> categories, List<UnitRow> rows, UnitRow total) {
    }

    /** A unit's head count by category (every category, zeros included); the total row has no unit code. */
    public record UnitRow(String unitCode, String nameTh, Map<StaffCategory, Integer> byCategory, int total) {
    }

    /** 3.1: admissions against the plan, by level. */
    public record Admissions(int academicYear, List<AdmissionRow> rows) {
    }

    /** A level of admission: {@code kindergarten}, {@code P1} or {@code M1}. */
    public record AdmissionRow(String level, String nameTh, int schools, int plannedRooms, int plannedStudents,
                               int admittedRooms, BigDecimal admittedRoomsPercent, int admittedStudents,
                               BigDecimal admittedStudentsPercent) {
    }

    /** 3.2: P6 graduates of the previous academic year and whether they went on to M1. */
    public record PrimaryTransitions(int graduationYear, int schools, int graduates, int continued, int notContinuing,
                                     int total, BigDecimal continuedPercent) {
    }

    /** 3.3: M3 graduates of the previous academic year and where they went. */
    public record SecondaryTransitions(int graduationYear, int schools, int graduates, int general, int vocational,
                                       int equivalent, int notContinuing, int total, BigDecimal continuedPercent) {
    }
}
