package org.khet.school.service.summary;

import org.khet.contracts.Finding;
import org.khet.contracts.codes.SubjectKind;
import org.khet.contracts.read.school.AreaSummary.DistrictRow;
import org.khet.contracts.read.school.AreaSummary.Table1;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.khet.school.service.summary.SummaryTable.DISTRICTS;

/**
 * ตารางที่ 1: the districts an area serves with their facts, their open schools (main schools and branches), and the
 * total row; a district whose reported number of schools is not the number of open schools registered in it is a
 * finding ({@code school.district-schools}).
 */
public final class DistrictsTable {

    /**
     * A district's facts as stored, and its open schools counted.
     *
     * @param reportedSchools the schools the area reported for it (null when it reported none)
     */
    public record District(String code, String nameTh, Integer subDistricts, Integer villages, Integer municipalities,
                           Integer subDistrictAdministrations, BigDecimal areaKm2, Integer population,
                           Integer reportedSchools, int schools, int mainSchools, int branches) {
    }

    /** @param districts in the report's (Thai) order */
    public TableResult<Table1> compute(List<District> districts) {
        Figures figures = new Figures();
        List<Finding> findings = new ArrayList<>();
        List<DistrictRow> rows = new ArrayList<>();
        int subDistricts = 0;
        int villages = 0;
        int municipalities = 0;
        int saos = 0;
        int population = 0;
        int schools = 0;
        int main = 0;
        int branches = 0;
        BigDecimal km2 = BigDecimal.ZERO.setScale(2);
        for (District d : districts) {
            rows.add(new DistrictRow(d.code(), d.nameTh(), d.subDistricts(), d.villages(), d.municipalities(),
                    d.subDistrictAdministrations(), d.areaKm2(), d.population(), d.schools(), d.mainSchools(), d.branches()));
            subDistricts += nz(d.subDistricts());
            villages += nz(d.villages());
            municipalities += nz(d.municipalities());
            saos += nz(d.subDistrictAdministrations());
            population += nz(d.population());
            schools += d.schools();
            main += d.mainSchools();
            branches += d.branches();
            km2 = d.areaKm2() == null ? km2 : km2.add(d.areaKm2());
            figures.put(DISTRICTS, d.code(), "schools", d.schools()).label(DISTRICTS, d.code(), d.nameTh());
            if (d.reportedSchools() != null && d.reportedSchools() != d.schools()) {
                findings.add(Finding.of("school.district-schools", SummaryTable.SOURCE,
                                Finding.Subject.of(SubjectKind.DISTRICT, d.code(), d.nameTh()))
                        .at(DISTRICTS.printed(), d.nameTh(), "schools").counts(d.reportedSchools(), d.schools())
                        .says("อำเภอ" + d.nameTh() + ": เขตรายงานสถานศึกษา " + d.reportedSchools()
                                        + " แห่ง แต่มีสถานศึกษาที่เปิดทำการขึ้นทะเบียนในอำเภอนี้ " + d.schools() + " แห่ง",
                                "district " + d.nameTh() + ": the area reported " + d.reportedSchools() + " schools, "
                                        + d.schools() + " open schools are registered in it"));
            }
        }
        DistrictRow total = new DistrictRow(null, "รวม", subDistricts, villages, municipalities, saos, km2, population,
                schools, main, branches);
        figures.put(DISTRICTS, FigureKey.TOTAL, "schools", schools)
                .put(DISTRICTS, FigureKey.TOTAL, "population", population)
                .put(DISTRICTS, FigureKey.TOTAL, "areaKm2", km2);
        return new TableResult<>(new Table1(rows, total), figures, findings);
    }

    private static int nz(Integer i) {
        return i == null ? 0 : i;
    }
}
