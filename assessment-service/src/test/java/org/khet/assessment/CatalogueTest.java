package org.khet.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.Topics;
import org.khet.contracts.events.school.OrgUnitChanged;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.TopicReader;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The catalogue is data: the shipped tests and their subject codes, and a test defined through the API that is
 * loaded, stored with its standard deviation and source, computed and published like the shipped ones.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class CatalogueTest {
    static final String AREA = "5655";
    static final String SOURCE = "สทศ. ประกาศผล A-NET ปีการศึกษา 2566";

    @Test
    void theShippedCatalogue() {
        JsonPath j = given().get("/v1/test-catalogue").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("61", "63", "64", "65"), j.getList("find { it.code == 'ONET-P6' }.subjects.code"));
        assertEquals(List.of("91", "93", "94", "95"), j.getList("find { it.code == 'ONET-M3' }.subjects.code"));
        assertEquals("M3", j.getString("find { it.code == 'ONET-M3' }.grade"));
        assertEquals(List.of("MATH", "THAI"), j.getList("find { it.code == 'NT-P3' }.subjects.code"));
        assertEquals("P3", j.getString("find { it.code == 'NT-P3' }.grade"));
        assertEquals(List.of("READ-ALOUD", "READ-COMPREHENSION"), j.getList("find { it.code == 'RT-P1' }.subjects.code"));
        assertEquals("P1", j.getString("find { it.code == 'RT-P1' }.grade"));
        assertEquals("ภาษาไทย", j.getString("find { it.code == 'ONET-M3' }.subjects[0].nameTh"));
    }

    @Test
    void aNewTestIsLoadedComputedAndPublishedLikeTheShippedOnes() {
        Directory.unit("obec", OrgUnitChanged.OBEC, null, null, "สพฐ.");
        Directory.unit(AREA, OrgUnitChanged.AREA, "obec", AREA, "สพป.ทดสอบ เขต 55");
        given().contentType(ContentType.JSON).body("""
                {"family":"A-NET","grade":"P6","nameTh":"การทดสอบ A-NET ชั้นประถมศึกษาปีที่ 6","nameEn":"A-NET grade 6",
                 "subjects":[{"code":"A1","nameTh":"การคิดวิเคราะห์"},{"code":"A2","nameTh":"การแก้ปัญหา"}]}""")
                .put("/v1/test-catalogue/ANET-P6").then().statusCode(201);

        String csv = "academicYear,test,subject,level,orgCode,meanPercent,takers,standardDeviation,source\n"
                + "2566,ANET-P6,A1,AREA," + AREA + ",62.50,300,14.25," + SOURCE + "\n"
                + "2566,ANET-P6,A2,AREA," + AREA + ",48.10,300,12.80," + SOURCE + "\n"
                + "2566,ANET-P6,A1,NATION,,55.00,,,\n"
                + "2566,ANET-P6,A2,NATION,,50.00,,,\n"
                + "2565,ANET-P6,A1,AREA," + AREA + ",60.00,280,,\n"
                + "2565,ANET-P6,A2,AREA," + AREA + ",49.00,280,,\n";
        given().contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8)).post("/v1/test-statistics/feed")
                .then().statusCode(200).body("kind", is("test-statistics")).body("rows", is(6)).body("created", is(6))
                .body("updated", is(0)).body("unchanged", is(0)).body("areaCodes", contains(AREA)).body("years", contains(2565, 2566))
                .body("receiptId", notNullValue());

        JsonPath j = given().get("/v1/areas/" + AREA + "/tests?academicYear=2566").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("ANET-P6"), j.getList("tests.test"));
        String t = "tests[0]";
        assertEquals("A-NET", j.getString(t + ".family"));
        assertEquals(List.of("A1", "A2"), j.getList(t + ".subjects.code"));
        assertEquals(List.of(62.50f, 48.10f), j.getList(t + ".subjects.area", Float.class));
        assertEquals(List.of(7.50f, -1.90f), j.getList(t + ".subjects.diffNation", Float.class));
        assertEquals(List.of(2.50f, -0.90f), j.getList(t + ".subjects.yoyDifference", Float.class));
        assertEquals(300, j.getInt(t + ".takers"));
        assertEquals(55.30f, j.getFloat(t + ".overall.area"));
        assertEquals(2.80f, j.getFloat(t + ".overall.diffNation"));
        assertEquals(0.80f, j.getFloat(t + ".overall.yoyDifference"));

        // the standard deviation and source are stored and read back with the row's version as ETag
        String id = given().get("/v1/test-statistics?academicYear=2566&test=ANET-P6&orgCode=" + AREA).then().statusCode(200)
                .extract().jsonPath().getString("items.find { it.subject == 'A1' }.id");
        Response one = given().get("/v1/test-statistics/" + id);
        one.then().statusCode(200).body("subject", org.hamcrest.Matchers.is("A1"));
        assertEquals(14.25f, one.jsonPath().getFloat("standardDeviation"));
        assertEquals(SOURCE, one.jsonPath().getString("source"));
        assertEquals(300, one.jsonPath().getInt("takers"));
        assertEquals("\"" + one.jsonPath().getLong("version") + "\"", one.header("ETag"));
        given().header("If-None-Match", one.header("ETag")).get("/v1/test-statistics/" + id).then().statusCode(304);

        // the definition and the statistics went out on Kafka with them
        var defined = TopicReader.await(KafkaResource.broker().bootstrapServers(), Topics.ASSESSMENT,
                e -> e.type().equals("assessment.TestDefined.v1") && "ANET-P6".equals(e.subject()), 1, Duration.ofSeconds(60));
        assertEquals(1, defined.size());
        assertEquals("ANET-P6", defined.get(0).key());
        JsonNode d = defined.get(0).event().data();
        assertEquals("ANET-P6", d.get("code").asText());
        assertEquals("A-NET", d.get("family").asText());
        assertEquals("P6", d.get("grade").asText());
        assertEquals(List.of("A1", "A2"), StreamSupport.stream(d.get("subjects").spliterator(), false)
                .map(s -> s.get("code").asText()).toList());

        var stats = TopicReader.await(KafkaResource.broker().bootstrapServers(), Topics.ASSESSMENT,
                e -> e.type().equals("assessment.TestStatisticsPublished.v1") && ("ANET-P6:2566:AREA:" + AREA).equals(e.subject()),
                1, Duration.ofSeconds(60));
        assertEquals(1, stats.size());
        JsonNode s = stats.get(0).event().data();
        assertEquals(AREA, s.get("orgCode").asText());
        assertEquals("AREA", s.get("level").asText());
        JsonNode a1 = StreamSupport.stream(s.get("subjects").spliterator(), false)
                .filter(x -> "A1".equals(x.get("subjectCode").asText())).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("14.25").compareTo(new BigDecimal(a1.get("standardDeviation").asText())));
        assertEquals(SOURCE, a1.get("source").asText());
        assertEquals(300, a1.get("takers").asInt());
    }
}
