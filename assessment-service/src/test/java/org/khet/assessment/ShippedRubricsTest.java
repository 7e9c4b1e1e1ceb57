package org.khet.assessment;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.school.OrgUnitChanged;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The rubrics shipped in migration V3, read through the API and applied through the computed levels of an area's
 * evaluations at every band edge (x.49 / x.50, 94.99 / 95.00 …): a change to the migration's bands fails here.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class ShippedRubricsTest {
    static final String AREA = "5644";

    /** score → level and label under OBEC-5LEVEL, bands inclusive at the bottom. */
    static final Map<String, Object[]> FIVE = new LinkedHashMap<>();
    /** score → grade and whether it passes under ITA-GRADE. */
    static final Map<String, Object[]> ITA = new LinkedHashMap<>();

    static {
        FIVE.put("1.00", new Object[]{1, "ปรับปรุง"});
        FIVE.put("1.49", new Object[]{1, "ปรับปรุง"});
        FIVE.put("1.50", new Object[]{2, "พอใช้"});
        FIVE.put("2.49", new Object[]{2, "พอใช้"});
        FIVE.put("2.50", new Object[]{3, "ดี"});
        FIVE.put("3.49", new Object[]{3, "ดี"});
        FIVE.put("3.50", new Object[]{4, "ดีมาก"});
        FIVE.put("4.49", new Object[]{4, "ดีมาก"});
        FIVE.put("4.50", new Object[]{5, "ดีเยี่ยม"});
        FIVE.put("5.00", new Object[]{5, "ดีเยี่ยม"});
        ITA.put("100.00", new Object[]{"AA", true});
        ITA.put("95.00", new Object[]{"AA", true});
        ITA.put("94.99", new Object[]{"A", true});
        ITA.put("85.00", new Object[]{"A", true});
        ITA.put("84.99", new Object[]{"B", false});
        ITA.put("75.00", new Object[]{"B", false});
        ITA.put("74.99", new Object[]{"C", false});
        ITA.put("65.00", new Object[]{"C", false});
        ITA.put("64.99", new Object[]{"D", false});
        ITA.put("55.00", new Object[]{"D", false});
        ITA.put("54.99", new Object[]{"E", false});
        ITA.put("50.00", new Object[]{"E", false});
        ITA.put("49.99", new Object[]{"F", false});
        ITA.put("0.00", new Object[]{"F", false});
    }

    static boolean loaded;

    /** One indicator per score to try, each scored with that score, in a framework that names the shipped rubric. */
    @BeforeEach
    void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        Directory.unit("obec", OrgUnitChanged.OBEC, null, null, "สพฐ.");
        Directory.unit(AREA, OrgUnitChanged.AREA, "obec", AREA, "สพป.ทดสอบ เขต 44");
        define("RUBRIC-5L", "OBEC-5LEVEL", "SCORE", FIVE.keySet());
        define("RUBRIC-ITA", "ITA-GRADE", "GRADE", ITA.keySet());
        List<Map<String, Object>> rows = new ArrayList<>();
        FIVE.keySet().forEach(s -> rows.add(Map.of("areaCode", AREA, "fiscalYear", 2566, "framework", "RUBRIC-5L",
                "indicator", "s" + s, "score", s)));
        ITA.keySet().forEach(s -> rows.add(Map.of("areaCode", AREA, "fiscalYear", 2566, "framework", "RUBRIC-ITA",
                "indicator", "s" + s, "score", s)));
        given().contentType(ContentType.JSON).body(rows).post("/v1/evaluations/feed").then().statusCode(200)
                .body("created", is(rows.size()));
    }

    static void define(String code, String rubric, String kind, Iterable<String> scores) {
        List<Map<String, Object>> inds = new ArrayList<>();
        scores.forEach(s -> inds.add(Map.of("code", "s" + s, "titleTh", "คะแนน " + s, "kind", kind)));
        given().contentType(ContentType.JSON).body(Map.of("family", code, "nameTh", "ตรวจเกณฑ์ " + rubric, "fiscalYear", 2566,
                "rubric", rubric, "indicators", inds)).put("/v1/frameworks/" + code).then().statusCode(anyOf(is(201), is(200)));
    }

    static JsonPath evaluations() {
        return given().get("/v1/areas/" + AREA + "/evaluations?fiscalYear=2566").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theFiveLevelRubricAsShipped() {
        JsonPath r = given().get("/v1/rubrics/OBEC-5LEVEL").then().statusCode(200).extract().jsonPath();
        assertEquals("LEVEL", r.getString("kind"));
        assertEquals(List.of(4.50f, 3.50f, 2.50f, 1.50f, 0.00f), r.getList("bands.minScore", Float.class));
        assertEquals(List.of(5, 4, 3, 2, 1), r.getList("bands.level", Integer.class));
        assertEquals(List.of("ดีเยี่ยม", "ดีมาก", "ดี", "พอใช้", "ปรับปรุง"), r.getList("bands.label"));

        JsonPath j = evaluations();
        String fw = "frameworks.find { it.code == 'RUBRIC-5L' }";
        for (Map.Entry<String, Object[]> e : FIVE.entrySet()) {
            String ind = fw + ".indicators.find { it.code == 's" + e.getKey() + "' }";
            assertEquals(e.getValue()[0], j.getInt(ind + ".rubricLevel"), e.getKey());
            assertEquals(e.getValue()[1], j.getString(ind + ".rubricLabel"), e.getKey());
        }
        assertTrue(j.getList("findings").isEmpty(), "nothing was reported, so nothing disagrees");
    }

    @Test
    void theItaGradesAsShipped() {
        JsonPath r = given().get("/v1/rubrics/ITA-GRADE").then().statusCode(200).extract().jsonPath();
        assertEquals("GRADE", r.getString("kind"));
        assertEquals(List.of(95.00f, 85.00f, 75.00f, 65.00f, 55.00f, 50.00f, 0.00f), r.getList("bands.minScore", Float.class));
        assertEquals(List.of("AA", "A", "B", "C", "D", "E", "F"), r.getList("bands.label"));

        JsonPath j = evaluations();
        String fw = "frameworks.find { it.code == 'RUBRIC-ITA' }";
        for (Map.Entry<String, Object[]> e : ITA.entrySet()) {
            String ind = fw + ".indicators.find { it.code == 's" + e.getKey() + "' }";
            assertEquals(e.getValue()[0], j.getString(ind + ".grade"), e.getKey());
            assertEquals(e.getValue()[1], j.getBoolean(ind + ".passes"), e.getKey());
        }
    }
}
