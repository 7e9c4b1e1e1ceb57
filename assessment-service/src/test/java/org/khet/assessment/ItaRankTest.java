package org.khet.assessment;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.school.OrgUnitChanged;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.*;

/**
 * An area's ITA rank comes from the national ranking computed from every area's stored score (issue #23), where
 * that ranking holds at least as many areas as the area's reported ranking counted; a reported rank that then
 * differs is a finding. Over fewer areas (the Phayao 2 demo holds one area's score against a reported "123 of 245")
 * the reported rank stands and nothing is found. Years of their own (2580, 2581): no other test's scores rank here.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class ItaRankTest {

    @Test
    void theRankIsComputedFromEveryAreasScoreWhereTheRankingIsWholeAndAReportedOneThatDiffersIsAFinding() {
        Directory.unit("obec", OrgUnitChanged.OBEC, null, null, "สพฐ.");
        for (String a : List.of("5641", "5642", "5643", "5644")) {
            Directory.unit(a, OrgUnitChanged.AREA, "obec", a, "สพป.ทดสอบอันดับ " + a);
        }
        ItaChangeTest.ita(2580);
        ItaChangeTest.ita(2581);
        // 2580: 95.00, 95.00, 90.00 rank 1, 1, 3 (ties share a rank); 5642 reported itself 2nd of 3
        // 2581: 5644 alone in the store, reported 10th of 245: a ranking of 1 area says nothing about 245
        String csv = "areaCode,fiscalYear,framework,indicator,score,reportedGrade,rank,rankOf\n"
                + "5641,2580,ITA-T2580,ITA,95.00,AA,1,3\n"
                + "5642,2580,ITA-T2580,ITA,95.00,AA,2,3\n"
                + "5643,2580,ITA-T2580,ITA,90.00,A,,\n"
                + "5644,2581,ITA-T2581,ITA,93.00,A,10,245\n";
        given().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post("/v1/evaluations/feed")
                .then().statusCode(200).body("created", is(4));

        JsonPath a = evaluations("5641", 2580, "ITA-T2580");
        assertEquals(List.of(1, 3, 1, 3, 1, 3), ranks(a, "ITA-T2580"), "rank, of; computed; reported");
        assertTrue(a.getList("findings").isEmpty(), "the reported rank is the computed one");

        JsonPath b = evaluations("5642", 2580, "ITA-T2580");
        assertEquals(List.of(1, 3, 1, 3, 2, 3), ranks(b, "ITA-T2580"), "the computed rank printed");
        List<Map<String, Object>> findings = b.getList("findings");
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("assessment.ita-rank", findings.get(0).get("code"));
        assertEquals("2", findings.get(0).get("reported"));
        assertEquals("1", findings.get(0).get("computed"));
        assertEquals("อันดับที่", findings.get(0).get("column"));
        assertTrue(String.valueOf(findings.get(0).get("messageTh")).contains("อันดับที่ 1 จาก 3"), findings.toString());

        JsonPath c = evaluations("5643", 2580, "ITA-T2580");
        assertEquals(List.of(3, 3, 3, 3), ranks(c, "ITA-T2580").subList(0, 4), "none reported: the computed one");
        assertTrue(c.getList("findings").isEmpty());

        JsonPath d = evaluations("5644", 2581, "ITA-T2581");
        assertEquals(List.of(10, 245, 1, 1, 10, 245), ranks(d, "ITA-T2581"), "the reported rank stands");
        assertTrue(d.getList("findings").isEmpty(), "1 area ranked against a reported 245: no finding");
    }

    private static JsonPath evaluations(String area, int year, String framework) {
        return given().get("/v1/areas/" + area + "/evaluations?fiscalYear=" + year).then().statusCode(200)
                .extract().jsonPath();
    }

    /** rank, rankOf, computedRank, computedRankOf, reportedRank, reportedRankOf of the framework's indicator. */
    private static List<Integer> ranks(JsonPath p, String framework) {
        String ind = "frameworks.find { it.code == '" + framework + "' }.indicators[0].";
        return java.util.stream.Stream.of("rank", "rankOf", "computedRank", "computedRankOf", "reportedRank", "reportedRankOf")
                .map(k -> (Integer) p.get(ind + k)).toList();
    }
}
