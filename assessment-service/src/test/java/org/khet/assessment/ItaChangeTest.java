package org.khet.assessment;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.school.OrgUnitChanged;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.*;

/**
 * ITA's change on the previous year: computed where the area's previous ITA score is stored (in the previous year's
 * ITA framework), a reported change more than 0.01 from it is kept and is a finding; without the previous year the
 * reported change stands as reported.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class ItaChangeTest {

    static void ita(int year) {
        given().contentType(ContentType.JSON).body("""
                {"family":"ITA","nameTh":"ITA Online ทดสอบ %d","fiscalYear":%d,"rubric":"ITA-GRADE",
                 "indicators":[{"code":"ITA","titleTh":"คะแนน ITA","kind":"GRADE"}]}""".formatted(year, year))
                .put("/v1/frameworks/ITA-T" + year).then().statusCode(anyOf(is(201), is(200)));
    }

    static JsonPath evaluations(String area) {
        return given().get("/v1/areas/" + area + "/evaluations?fiscalYear=2566").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theChangeOnThePreviousYearIsComputedWhereThatYearIsStored() {
        Directory.unit("obec", OrgUnitChanged.OBEC, null, null, "สพฐ.");
        for (String a : List.of("5633", "5634", "5635", "5636")) {
            Directory.unit(a, OrgUnitChanged.AREA, "obec", a, "สพป.ทดสอบ " + a);
        }
        ita(2565);
        ita(2566);
        String csv = "areaCode,fiscalYear,framework,indicator,score,reportedGrade,rank,rankOf,reportedChange\n"
                + "5633,2565,ITA-T2565,ITA,97.25,AA,100,245,\n"
                + "5633,2566,ITA-T2566,ITA,97.14,AA,123,245,-0.20\n"   // 97.14 − 97.25 = −0.11, reported −0.20
                + "5634,2565,ITA-T2565,ITA,90.00,A,,,\n"
                + "5634,2566,ITA-T2566,ITA,91.50,A,,,1.51\n"           // 1.50, within 0.01 of the reported
                + "5635,2566,ITA-T2566,ITA,97.14,AA,123,245,-0.11\n"   // no previous year stored
                + "5636,2565,ITA-T2565,ITA,80.00,B,,,\n"
                + "5636,2566,ITA-T2566,ITA,85.00,A,,,\n";              // no change reported
        given().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post("/v1/evaluations/feed")
                .then().statusCode(200).body("created", is(7)).body("areaCodes", contains("5633", "5634", "5635", "5636"))
                .body("years", contains(2565, 2566));

        String ind = "frameworks.find { it.code == 'ITA-T2566' }.indicators[0]";
        JsonPath a = evaluations("5633");
        assertEquals(97.25f, a.getFloat(ind + ".previousScore"));
        assertEquals(-0.11f, a.getFloat(ind + ".computedChange"));
        assertEquals(-0.20f, a.getFloat(ind + ".reportedChange"));
        assertEquals(-0.20f, a.getFloat(ind + ".change"), "the reported change is kept");
        List<Map<String, Object>> findings = a.getList("findings");
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("-0.20", findings.get(0).get("reported"));
        assertEquals("-0.11", findings.get(0).get("computed"));
        assertEquals(-0.09f, a.getFloat("findings[0].difference"));
        assertEquals("major", findings.get(0).get("severity"));
        assertEquals("assessment.previous-year-change", findings.get(0).get("code"));
        assertEquals("ตัวชี้วัดที่ ITA", findings.get(0).get("row"));
        assertEquals("เปรียบเทียบกับปีก่อน", findings.get(0).get("column"));
        assertEquals("ITA-T2566:ITA", a.getString("findings[0].subject.code"));
        assertTrue(String.valueOf(findings.get(0).get("messageTh")).contains("97.25"), findings.toString());
        assertTrue(String.valueOf(findings.get(0).get("messageEn")).contains("97.25"), findings.toString());

        JsonPath b = evaluations("5634");
        assertEquals(1.50f, b.getFloat(ind + ".computedChange"));
        assertEquals(1.51f, b.getFloat(ind + ".change"));
        assertTrue(b.getList("findings").isEmpty(), "0.01 apart is not a finding");

        JsonPath c = evaluations("5635");
        assertEquals(-0.11f, c.getFloat(ind + ".change"), "kept as reported");
        assertNull(c.get(ind + ".previousScore"));
        assertNull(c.get(ind + ".computedChange"));
        assertTrue(c.getList("findings").isEmpty());

        JsonPath d = evaluations("5636");
        assertEquals(5.00f, d.getFloat(ind + ".change"), "computed where none was reported");
        assertNull(d.get(ind + ".reportedChange"));
        assertTrue(d.getList("findings").isEmpty());
    }
}
