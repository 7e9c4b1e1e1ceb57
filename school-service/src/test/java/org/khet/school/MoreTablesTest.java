package org.khet.school;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;
import org.khet.contracts.read.ComputedTable;
import org.khet.contracts.read.ComputedTable.Column;
import org.khet.contracts.read.ComputedTable.Kind;
import org.khet.contracts.read.ComputedTable.Row;
import org.khet.kit.sql.Sql;
import org.khet.school.service.summary.AreaTable;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.util.List;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

/**
 * A table school-service computes beyond the typed ones reaches the summary with nothing but an {@link AreaTable}
 * bean (docs/adding-a-feed.md): {@link BranchesTable} below is such a bean, found by the summary without any edit,
 * and its table is in {@code moreTables} with its columns and exact cells. Area 9876, made here: district จุน has a
 * main school and two branches, district ปง one main school and no branch — worked by hand: จุน 1 + 2, ปง 1 + 0,
 * total 2 + 2; branches as a share of จุน's schools 2/3 = 66.67 %.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class MoreTablesTest {

    /** The test's own table: schools and branches per district, for area 9876 only (other areas get none). */
    @ApplicationScoped
    static class BranchesTable implements AreaTable {
        final Sql sql;

        BranchesTable(Sql sql) {
            this.sql = sql;
        }

        @Override
        public Optional<ComputedTable> compute(String areaCode, int academicYear, int round, Counted counted) {
            if (!areaCode.equals("9876")) {
                return Optional.empty();
            }
            List<Row> rows = new java.util.ArrayList<>(sql.query("""
                    select d.name_th, count(*) filter (where s.branch_of is null), count(*) filter (where s.branch_of is not null),
                           round(100.0 * count(*) filter (where s.branch_of is not null) / count(*), 2)
                      from school s join district d on d.code = s.district_code
                     where s.area_code = ? and s.status = 'open'
                     group by d.code, d.name_th order by d.code""",
                    rs -> Row.of(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4)), areaCode));
            rows.add(Row.totalOf("รวม", 2, 2, null));
            return Optional.of(new ComputedTable("t1.1.9", "1.1.9 สาขาของโรงเรียน จำแนกตามอำเภอ",
                    "1.1.9 Branch campuses by district",
                    List.of(new Column("district", "อำเภอ", "District", Kind.TEXT),
                            new Column("main", "โรงเรียนหลัก", "Main schools", Kind.INTEGER),
                            new Column("branches", "สาขา", "Branches", Kind.INTEGER),
                            new Column("share", "ร้อยละของสาขา", "Branches (%)", Kind.PERCENT)),
                    rows));
        }
    }

    @Test
    void anAreaTableBeansTableIsInTheSummaryAndOtherAreasHaveNone() {
        Org.area("9876", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบตารางเพิ่ม");
        Org.district("9876-01", "จุน");
        Org.district("9876-02", "ปง");
        Org.school("1098760001", "9876-01", "โรงเรียนบ้านห้วยงิ้ว");
        Org.school("1098760002", "9876-01", "โรงเรียนบ้านห้วยงิ้ว สาขาบ้านป่าแขม", "1098760001", false);
        Org.school("1098760003", "9876-01", "โรงเรียนบ้านห้วยงิ้ว สาขาบ้านดอน", "1098760001", false);
        Org.school("1098760004", "9876-02", "โรงเรียนบ้านปง");

        given().get("/v1/areas/9876/summary?academicYear=2566&round=1").then().statusCode(200)
                .body("moreTables", hasSize(1))
                .body("moreTables[0].id", equalTo("t1.1.9"))
                .body("moreTables[0].titleTh", equalTo("1.1.9 สาขาของโรงเรียน จำแนกตามอำเภอ"))
                .body("moreTables[0].columns.kind", contains("TEXT", "INTEGER", "INTEGER", "PERCENT"))
                .body("moreTables[0].rows[0].cells", contains("จุน", "1", "2", "66.67"))
                .body("moreTables[0].rows[1].cells", contains("ปง", "1", "0", "0.00"))
                .body("moreTables[0].rows[2].cells", contains("รวม", "2", "2", null))
                .body("moreTables[0].rows.total", contains(false, false, true));

        Org.area("9877", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบไม่มีตารางเพิ่ม");
        given().get("/v1/areas/9877/summary?academicYear=2566&round=1").then().statusCode(200)
                .body("moreTables", empty());
    }
}
