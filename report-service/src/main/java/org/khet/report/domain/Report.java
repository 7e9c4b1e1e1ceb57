package org.khet.report.domain;

import org.khet.contracts.Finding;

import java.util.List;

/**
 * The annual report (รายงานผลการดำเนินงาน) of one area office for one fiscal year, as a tree that every
 * renderer walks the same way: parts (ส่วนที่) → sections → blocks (paragraphs, lists, tables, charts, project
 * pages). It holds no timestamps, so the same facts always give the same bytes.
 *
 * @param academicYear the academic year whose results the fiscal year reports on (FY2566 → 2565)
 * @param sources      which service answered each part of the data, in a fixed order
 * @param lang         the language of the report's own words (th or en; ADR 0027): the renderers print their chrome in it
 */
public record Report(String areaCode, String areaNameTh, int fiscalYear, int academicYear, String title,
                     String subtitle, List<Part> parts, List<Finding> findings, List<Source> sources, Lang lang) {

    public Report {
        lang = lang == null ? Lang.TH : lang;
    }

    /** An upstream that was composed into this report, and whether it had data for the area and year. */
    public record Source(String service, String endpoint, boolean available) {
    }

    /** Every table in the report, in reading order (used by XLSX and by tests). */
    public List<Table> tables() {
        List<Table> all = new java.util.ArrayList<>();
        for (Part p : parts) {
            for (Section s : p.sections()) {
                for (Block b : s.blocks()) {
                    if (b instanceof Table t) {
                        all.add(t);
                    } else if (b instanceof ProjectPage pp) {
                        all.addAll(pp.tables());
                    }
                }
            }
        }
        return all;
    }
}
