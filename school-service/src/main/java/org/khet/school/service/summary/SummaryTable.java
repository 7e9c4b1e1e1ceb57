package org.khet.school.service.summary;

/** The tables of the annual report's Part 1 that the area summary computes, with their figure keys' prefix. */
public enum SummaryTable {
    /** ตารางที่ 1: districts, their facts and their open schools. */
    DISTRICTS("table1", "1"),
    /** 1.1.1: schools by size class. */
    SIZE_CLASSES("1.1.1", "1.1.1"),
    /** 1.1.2: students by district and gender. */
    STUDENTS_BY_DISTRICT("1.1.2", "1.1.2"),
    /** 1.1.3: students and classrooms by grade. */
    STUDENTS_BY_GRADE("1.1.3", "1.1.3"),
    /** 1.1.4: school directors, deputies and teachers by district. */
    SCHOOL_STAFF("1.1.4", "1.1.4"),
    /** 1.1.5: contract staff by type. */
    CONTRACT_STAFF("1.1.5", "1.1.5"),
    /** 1.1.6: the office's staff by unit and category. */
    OFFICE_STAFF("1.1.6", "1.1.6"),
    /** 3.1: admissions against the plan. */
    ADMISSIONS("3.1", "3.1"),
    /** 3.2: P6 graduates and whether they went on. */
    P6_TRANSITIONS("3.2", "3.2"),
    /** 3.3: M3 graduates and where they went. */
    M3_TRANSITIONS("3.3", "3.3");

    /** The source the summary's findings name. */
    public static final String SOURCE = "school-service";

    private final String key;
    private final String printed;

    SummaryTable(String key, String printed) {
        this.key = key;
        this.printed = printed;
    }

    /** The first part of its figures' keys ({@code table1}, {@code 1.1.1}). */
    public String key() {
        return key;
    }

    /** The table's number as the report prints it and findings name it ({@code 1}, {@code 1.1.1}). */
    public String printed() {
        return printed;
    }

    /** The table whose key is {@code key}, or null. */
    public static SummaryTable ofKey(String key) {
        for (SummaryTable t : values()) {
            if (t.key.equals(key)) {
                return t;
            }
        }
        return null;
    }
}
