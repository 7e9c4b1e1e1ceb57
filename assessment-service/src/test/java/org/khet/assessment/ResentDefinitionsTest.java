package org.khet.assessment;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.Topics;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.OutboxRows;
import org.khet.testkit.TopicReader;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.stream.StreamSupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A framework, test or rubric sent again unchanged (a re-sent load) keeps its version and publishes nothing; a change
 * does both, also when only its indicators, subjects or bands change.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class ResentDefinitionsTest {
    static final String FRAMEWORK = """
            {"family":"AP","nameTh":"แผนปฏิบัติการทดสอบ","fiscalYear":2566,"rubric":"OBEC-5LEVEL","indicators":[
              {"code":"1","titleTh":"ด้านคุณภาพ","kind":"GROUP"},
              {"code":"1.1","parentCode":"1","titleTh":"ผู้เรียนอ่านออกเขียนได้","kind":"SCORE"}]}""";
    static final String TEST = """
            {"family":"X-NET","grade":"P3","nameTh":"การทดสอบส่งซ้ำ","nameEn":"Resent test","subjects":[
              {"code":"TH","nameTh":"ภาษาไทย","nameEn":"Thai"},{"code":"MA","nameTh":"คณิตศาสตร์"}]}""";
    static final String RUBRIC = """
            {"kind":"LEVEL","nameTh":"เกณฑ์ส่งซ้ำ","bands":[
              {"minScore":0,"level":1,"label":"ปรับปรุง"},{"minScore":2.5,"level":3,"label":"ดี"},{"minScore":4,"level":5,"label":"ดีเยี่ยม"}]}""";

    @Inject
    AgroalDataSource db;

    private long published() {
        return published("assessment.FrameworkDefined.v1", "AP-RESENT");
    }

    private long published(String type, String code) {
        return OutboxRows.count(db, "type = ? and aggregate_id = ?", type, code);
    }

    @Test
    void theSameFrameworkAgainChangesNothing() {
        given().contentType(ContentType.JSON).body(FRAMEWORK).put("/v1/frameworks/AP-RESENT").then().statusCode(201);
        String etag = given().get("/v1/frameworks/AP-RESENT").then().statusCode(200).extract().header("ETag");
        assertEquals(1, published());

        given().contentType(ContentType.JSON).body(FRAMEWORK).put("/v1/frameworks/AP-RESENT").then().statusCode(200);
        given().get("/v1/frameworks/AP-RESENT").then().header("ETag", etag).body("indicators.size()", is(2));
        assertEquals(1, published(), "nothing changed, nothing published");

        given().contentType(ContentType.JSON).body(FRAMEWORK.replace("อ่านออกเขียนได้", "อ่านออกเขียนได้ทุกคน"))
                .put("/v1/frameworks/AP-RESENT").then().statusCode(200);
        assertNotEquals(etag, given().get("/v1/frameworks/AP-RESENT").then().extract().header("ETag"));
        assertEquals(2, published());
    }

    @Test
    void theSameTestAgainChangesNothingAndASubjectChangeIsANewVersion() {
        String type = "assessment.TestDefined.v1";
        given().contentType(ContentType.JSON).body(TEST).put("/v1/test-catalogue/X-RESENT").then().statusCode(201);
        String etag = given().get("/v1/test-catalogue/X-RESENT").then().statusCode(200).extract().header("ETag");
        assertEquals(1, published(type, "X-RESENT"));

        given().contentType(ContentType.JSON).body(TEST).put("/v1/test-catalogue/X-RESENT").then().statusCode(200)
                .header("ETag", etag);
        given().get("/v1/test-catalogue/X-RESENT").then().header("ETag", etag).body("subjects.code", contains("TH", "MA"));
        assertEquals(1, published(type, "X-RESENT"), "nothing changed, nothing published");

        // a subject's name alone: the test's own row is unchanged, yet it is a new version
        given().contentType(ContentType.JSON).body(TEST.replace("\"คณิตศาสตร์\"", "\"คณิตศาสตร์พื้นฐาน\""))
                .put("/v1/test-catalogue/X-RESENT").then().statusCode(200);
        String second = given().get("/v1/test-catalogue/X-RESENT").then().body("subjects[1].nameTh", is("คณิตศาสตร์พื้นฐาน"))
                .extract().header("ETag");
        assertNotEquals(etag, second);
        assertEquals(2, published(type, "X-RESENT"));

        // a subject added
        given().contentType(ContentType.JSON).header("If-Match", second)
                .body(TEST.replace("]}", ",{\"code\":\"SC\",\"nameTh\":\"วิทยาศาสตร์\"}]}"))
                .put("/v1/test-catalogue/X-RESENT").then().statusCode(200).body("subjects.code", contains("TH", "MA", "SC"));
        assertNotEquals(second, given().get("/v1/test-catalogue/X-RESENT").then().extract().header("ETag"));
        assertEquals(3, published(type, "X-RESENT"));
    }

    @Test
    void theSameRubricAgainChangesNothingAndABandChangeIsANewVersion() {
        String type = "assessment.RubricDefined.v1";
        given().contentType(ContentType.JSON).body(RUBRIC).put("/v1/rubrics/X-RESENT").then().statusCode(201);
        String etag = given().get("/v1/rubrics/X-RESENT").then().statusCode(200).extract().header("ETag");
        assertEquals(1, published(type, "X-RESENT"));

        // the same bands in another order, 2.5 written 2.50: the same rubric
        given().contentType(ContentType.JSON).body("""
                {"kind":"LEVEL","nameTh":"เกณฑ์ส่งซ้ำ","bands":[
                  {"minScore":4.00,"level":5,"label":"ดีเยี่ยม"},{"minScore":2.50,"level":3,"label":"ดี"},{"minScore":0,"level":1,"label":"ปรับปรุง"}]}""")
                .put("/v1/rubrics/X-RESENT").then().statusCode(200).header("ETag", etag);
        assertEquals(1, published(type, "X-RESENT"), "nothing changed, nothing published");

        // one band's start alone
        given().contentType(ContentType.JSON).body(RUBRIC.replace("2.5", "3")).put("/v1/rubrics/X-RESENT").then().statusCode(200);
        assertNotEquals(etag, given().get("/v1/rubrics/X-RESENT").then().body("bands.minScore", contains(4.00f, 3.00f, 0.00f))
                .extract().header("ETag"));
        assertEquals(2, published(type, "X-RESENT"));

        // and the change is what went out on Kafka
        var got = TopicReader.await(KafkaResource.broker().bootstrapServers(), Topics.ASSESSMENT,
                e -> e.type().equals(type) && "X-RESENT".equals(e.subject()), 2, Duration.ofSeconds(60));
        assertEquals(2, got.size(), got.toString());
        assertEquals("X-RESENT", got.get(1).key());
        var data = got.get(1).event().data();
        assertEquals("X-RESENT", data.get("code").asText());
        assertEquals("LEVEL", data.get("kind").asText());
        assertEquals(3, data.get("bands").size());
        assertTrue(StreamSupport.stream(data.get("bands").spliterator(), false)
                .anyMatch(b -> new BigDecimal(b.get("minScore").asText()).compareTo(new BigDecimal("3")) == 0 && b.get("level").asInt() == 3));
        assertTrue(StreamSupport.stream(got.get(0).event().data().get("bands").spliterator(), false)
                .anyMatch(b -> new BigDecimal(b.get("minScore").asText()).compareTo(new BigDecimal("2.5")) == 0));
    }
}
