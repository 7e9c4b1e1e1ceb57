package org.khet.report.mapping;

import org.khet.contracts.FiscalYear;
import org.khet.report.domain.Block;
import org.khet.report.domain.Part;
import org.khet.report.domain.Provenance;
import org.khet.report.domain.Section;
import org.khet.report.domain.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Each table's provenance, by the service the mapping named as its source and the table's id: which of the calls the
 * composer made (ReportComposer#fetch) its figures came from, and for Part 1's aggregates of schools the
 * school-service resources that list the schools (listAreaSchools) and give one school's round (getEnrolmentRound,
 * getSchoolStaffing). No resource lists one grade's figures school by school, so the drill-down is two calls: the
 * schools, then each school's round.
 */
public final class Provenances {
    /** Part 1 tables summed from the schools' enrolment rounds. */
    private static final Set<String> ENROLMENT = Set.of("t1.1.1", "t1.1.2", "t1.1.3");

    private Provenances() {
    }

    /**
     * The parts with every table's provenance filled in. {@code round} is the enrolment round school-service
     * answered with (null when it had no summary).
     */
    public static List<Part> stamp(List<Part> parts, String area, FiscalYear fy, Integer round) {
        List<Part> out = new ArrayList<>(parts.size());
        for (Part p : parts) {
            List<Section> sections = new ArrayList<>(p.sections().size());
            for (Section s : p.sections()) {
                List<Block> blocks = new ArrayList<>(s.blocks().size());
                for (Block b : s.blocks()) {
                    blocks.add(b instanceof Table t && t.provenance() == null ? t.from(of(t, area, fy, round)) : b);
                }
                sections.add(new Section(s.id(), s.title(), blocks));
            }
            out.add(new Part(p.id(), p.title(), sections));
        }
        return out;
    }

    static Provenance of(Table t, String area, FiscalYear fy, Integer round) {
        String areas = "/v1/areas/" + area;
        int y = fy.be();
        int ay = fy.reportedAcademicYear().be();
        int ey = fy.enrolmentAcademicYear().be();
        String id = t.id();
        String service = t.source();
        return switch (service == null ? "" : service) {
            case SchoolMapping.SRC -> switch (id) {
                case "t1-networks" -> new Provenance(service, "GET " + areas + "/networks", null, null, null, null, null);
                case "t1-executives", "t1-unit-directors" -> new Provenance(service, "GET " + areas, null, null, null, null, null);
                default -> {
                    String schools = "GET " + areas + "/schools?status=open&size=500";
                    String one = ENROLMENT.contains(id) ? "GET /v1/enrolment-rounds/{schoolCode}/" + ey + "/" + round
                            : id.equals("t1.1.4") ? "GET /v1/staffing/{schoolCode}/" + ey + "/" + round : null;
                    yield new Provenance(service, "GET " + areas + "/summary?academicYear=" + ey, null, ey, round,
                            one != null || id.equals("t1") ? schools : id.equals("t1.1.6") ? "GET " + areas + "/staff" : null,
                            round == null ? null : one);
                }
            };
            case AssessmentMapping.SRC -> id.startsWith("t3.2-")
                    ? new Provenance(service, "GET " + areas + "/tests?academicYear=" + ay, null, ay, null, null, null)
                    : new Provenance(service, "GET " + areas + "/evaluations?fiscalYear=" + y, y, null, null, null, null);
            case BudgetMapping.SRC -> new Provenance(service, "GET " + areas + "/budget?fiscalYear=" + y, y, null, null,
                    null, null);
            case ProjectMapping.SRC -> new Provenance(service, "GET " + areas + "/projects/summary?fiscalYear=" + y, y,
                    null, null, "GET " + areas + "/projects?fiscalYear=" + y, null);
            case "report-service" -> new Provenance(service, "GET /v1/reports/findings?area=" + area + "&fiscalYear=" + y,
                    y, null, null, null, null);
            default -> new Provenance(service, null, y, null, null, null, null);
        };
    }
}
