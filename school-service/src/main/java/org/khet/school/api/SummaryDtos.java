package org.khet.school.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The area's Part-1 summary as the annual report prints it (Table 1, 1.1.1–1.1.6, 3.1–3.3), every figure computed
 * from stored rows. {@code figures} names each figure by a key ("1.1.1/small/percent") against which figures as
 * printed can be recorded; every disagreement, and every inconsistency in the stored facts, is a finding.
 */
public final class SummaryDtos {
    private SummaryDtos() {
    }

    public record Summary(String areaCode, String areaNameTh, int academicYear, int round, List<LocalDate> snapshotDates,
                          Rounds rounds, Table1 table1, SizeClasses sizeClasses, StudentsByDistrict studentsByDistrict,
                          StudentsByGrade studentsByGrade, StaffByDistrict staffByDistrict, ContractStaff contractStaff,
                          OfficeStaff officeStaff, Admissions admissions, PrimaryTransitions p6Transitions,
                          SecondaryTransitions m3Transitions, List<Finding> findings, Map<String, BigDecimal> figures) {
    }

    public record Rounds(int schoolsOpen, int schoolsWithRound, int submitted, int certified, int locked,
                         List<String> schoolsWithoutRound) {
    }

    public record Table1(List<DistrictRow> districts, DistrictRow total) {
    }

    public record DistrictRow(String code, String nameTh, Integer subDistricts, Integer villages, Integer municipalities,
                              Integer subDistrictAdministrations, BigDecimal areaKm2, Integer population, int schools,
                              int mainSchools, int branches) {
    }

    public record SizeClasses(List<SizeClassRow> rows, int totalSchools, BigDecimal totalPercent) {
    }

    public record SizeClassRow(String sizeClass, String nameTh, String students, int schools, BigDecimal percent) {
    }

    public record StudentsByDistrict(List<GenderRow> rows, GenderRow total) {
    }

    public record GenderRow(String districtCode, String nameTh, int boys, int girls, int total) {
    }

    public record StudentsByGrade(List<LevelBlock> levels, int students, int classrooms) {
    }

    public record LevelBlock(String level, String nameTh, List<GradeRow> grades, int students, int classrooms) {
    }

    public record GradeRow(String grade, String nameTh, int boys, int girls, int students, int classrooms) {
    }

    public record StaffByDistrict(List<StaffRow> rows, StaffRow total) {
    }

    public record StaffRow(String districtCode, String nameTh, int directors, int deputies, int teachers, int total) {
    }

    public record ContractStaff(List<TypeCount> rows, int total) {
    }

    public record TypeCount(String type, String nameTh, int count) {
    }

    public record OfficeStaff(List<String> categories, List<UnitRow> rows, UnitRow total) {
    }

    public record UnitRow(String unitCode, String nameTh, Map<String, Integer> byCategory, int total) {
    }

    public record Admissions(int academicYear, List<AdmissionRow> rows) {
    }

    public record AdmissionRow(String level, String nameTh, int schools, int plannedRooms, int plannedStudents,
                               int admittedRooms, BigDecimal admittedRoomsPercent, int admittedStudents,
                               BigDecimal admittedStudentsPercent) {
    }

    public record PrimaryTransitions(int graduationYear, int schools, int graduates, int continued, int notContinuing,
                                     int total, BigDecimal continuedPercent) {
    }

    public record SecondaryTransitions(int graduationYear, int schools, int graduates, int general, int vocational,
                                       int equivalent, int notContinuing, int total, BigDecimal continuedPercent) {
    }

    /** A data-quality finding: what was reported, what Khet computes from the stored rows, and the difference. */
    public record Finding(String table, String figure, String message, BigDecimal reported, BigDecimal computed,
                          BigDecimal difference) {
    }
}
