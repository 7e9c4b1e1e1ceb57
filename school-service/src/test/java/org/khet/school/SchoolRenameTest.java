package org.khet.school;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.EventJson;
import org.khet.contracts.events.school.OrgUnitChanged;
import org.khet.contracts.events.school.SchoolRegistered;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.OutboxRows;
import org.khet.testkit.TopicReader;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code PUT /v1/schools/{code}} read in one statement and written by its version (ADR 0043, stop 33): a rename that
 * also moves the school to another district of its area is stored with a new version, moves it in the directory and is
 * published as OrgUnitChanged then SchoolChanged, in order, once; the same PUT again changes and publishes nothing; every
 * refused PUT stores and publishes nothing; and a PUT that read a version another request changed before its update
 * is a 409 that stores nothing.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class SchoolRenameTest {
    @Inject
    AgroalDataSource db;

    @Test
    void aRenameIsStoredWithANewVersionMovedInTheDirectoryAndPublishedOnceInOrder() {
        Org.area("9741", "เขตทดสอบการเปลี่ยนชื่อ");
        Org.district("9741-01", "อำเภอเชียงคำ");
        Org.district("9741-02", "อำเภอภูซาง");
        Org.school("1097410001", "9741-01", "โรงเรียนบ้านทุ่งกล้วย");
        String etag = given().get("/v1/schools/1097410001").then().statusCode(200).extract().header("ETag");
        long before = OutboxRows.count(db, "area_code = ?", "9741");

        String body = "{\"code\":\"1097410001\",\"districtCode\":\"9741-02\",\"nameTh\":\"โรงเรียนบ้านทุ่งกล้วย (ภูซาง)\","
                + "\"nameEn\":\"Ban Thung Kluai School\",\"boarding\":true,\"levels\":[\"primary\",\"lower-secondary\"]}";
        String renamed = given().contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .put("/v1/schools/1097410001").then().statusCode(200)
                .body("nameTh", is("โรงเรียนบ้านทุ่งกล้วย (ภูซาง)")).body("districtCode", is("9741-02"))
                .body("areaCode", is("9741")).body("boarding", is(true)).body("expansion", is(false))
                .body("levels", contains("primary", "lower-secondary")).body("status", is("open"))
                .extract().header("ETag");
        assertEquals(version(etag) + 1, version(renamed), "one version more: " + etag + " -> " + renamed);
        given().get("/v1/schools/1097410001").then().statusCode(200).header("ETag", renamed)
                .body("nameTh", is("โรงเรียนบ้านทุ่งกล้วย (ภูซาง)")).body("nameEn", is("Ban Thung Kluai School"))
                .body("levels", contains("primary", "lower-secondary"));
        given().get("/v1/org/1097410001").then().statusCode(200).body("nameTh", is("โรงเรียนบ้านทุ่งกล้วย (ภูซาง)"))
                .body("parentCode", is("9741-02")).body("ancestors", contains("9741-02", "9741", "obec"));
        given().get("/v1/org/9741-01/contains/1097410001").then().statusCode(200).body("contains", is(false));
        assertEquals(before + 2, OutboxRows.count(db, "area_code = ?", "9741"), "OrgUnitChanged and SchoolChanged");

        List<TopicReader.Received> got = Org.events(e -> "9741".equals(e.areacode())
                && e.data().path("code").asText().equals("1097410001")
                && e.data().path("nameTh").asText().endsWith("(ภูซาง)"), 2);
        assertEquals(List.of(OrgUnitChanged.TYPE, SchoolRegistered.CHANGED_TYPE), got.stream().map(r -> r.event().type()).toList(),
                "the directory's event first, then the school's, on one partition");
        assertEquals(1, got.stream().map(TopicReader.Received::partition).distinct().count());
        assertEquals(new OrgUnitChanged("1097410001", "SCHOOL", "9741-02", "9741", "โรงเรียนบ้านทุ่งกล้วย (ภูซาง)",
                "Ban Thung Kluai School", "open"), EventJson.data(got.get(0).event(), OrgUnitChanged.class));
        SchoolRegistered school = EventJson.data(got.get(1).event(), SchoolRegistered.class);
        assertEquals(List.of("primary", "lower-secondary"), school.levels());
        assertTrue(school.boarding());

        // the same PUT again: already so, the same version, nothing published; without levels they stay as they are
        given().contentType(ContentType.JSON).body(body).put("/v1/schools/1097410001").then().statusCode(200)
                .header("ETag", renamed);
        given().contentType(ContentType.JSON).body(body.replace(",\"levels\":[\"primary\",\"lower-secondary\"]", ""))
                .put("/v1/schools/1097410001").then().statusCode(200).header("ETag", renamed)
                .body("levels", contains("primary", "lower-secondary"));
        assertEquals(before + 2, OutboxRows.count(db, "area_code = ?", "9741"), "nothing more to publish");
    }

    @Test
    void aRefusedPutStoresAndPublishesNothing() {
        Org.area("9742", "เขตทดสอบคำขอที่ผิด");
        Org.area("9743", "เขตทดสอบเขตอื่น");
        Org.district("9742-01", "อำเภอปง");
        Org.district("9743-01", "อำเภอเชียงม่วน");
        Org.school("1097420001", "9742-01", "โรงเรียนบ้านปง");
        Org.school("1097420002", "9742-01", "โรงเรียนบ้านปง สาขาดอนไชย", "1097420001", false);
        String etag = given().get("/v1/schools/1097420001").then().statusCode(200).extract().header("ETag");
        long before = OutboxRows.count(db, "area_code = ?", "9742");

        given().contentType(ContentType.JSON).body(school("1097429999", "9742-01", null))
                .put("/v1/schools/1097429999").then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(school("1097420002", "9742-01", null))
                .put("/v1/schools/1097420001").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("code"));
        given().contentType(ContentType.JSON).header("If-Match", "\"999\"").body(school("1097420001", "9742-01", null))
                .put("/v1/schools/1097420001").then().statusCode(412).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(school("1097420001", "9742-09", null))
                .put("/v1/schools/1097420001").then().statusCode(400).body("errors[0].field", is("districtCode"))
                .body("errors[0].message", containsString("9742-09"));
        given().contentType(ContentType.JSON).body(school("1097420001", "9743-01", null))
                .put("/v1/schools/1097420001").then().statusCode(400).body("errors[0].field", is("districtCode"))
                .body("errors[0].message", containsString("is in area 9743, the school is in 9742"));
        for (String main : List.of("1097420002", "1097420001", "1097429999")) {
            // a branch, the school itself, a school not registered
            given().contentType(ContentType.JSON).body(school("1097420001", "9742-01", main))
                    .put("/v1/schools/1097420001").then().statusCode(400).body("errors[0].field", is("branchOf"));
        }
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"1097420001\",\"districtCode\":\"9742-01\",\"nameTh\":\"โรงเรียนใหม่\",\"levels\":[\"university\"]}")
                .put("/v1/schools/1097420001").then().statusCode(400).body("errors[0].field", is("levels"));

        given().get("/v1/schools/1097420001").then().statusCode(200).header("ETag", etag).body("nameTh", is("โรงเรียนบ้านปง"))
                .body("branchOf", nullValue());
        given().get("/v1/org/1097420001").then().body("nameTh", is("โรงเรียนบ้านปง"));
        assertEquals(before, OutboxRows.count(db, "area_code = ?", "9742"), "nothing published");
    }

    @Test
    void aPutWhoseVersionAnotherRequestChangedBeforeItsUpdateIsAConflictAndStoresNothing() throws Exception {
        Org.area("9744", "เขตทดสอบคำขอพร้อมกัน");
        Org.district("9744-01", "อำเภอจุน");
        Org.school("1097440001", "9744-01", "โรงเรียนบ้านห้วยข้าวก่ำ");
        long before = OutboxRows.count(db, "area_code = ?", "9744");
        try (Connection other = db.getConnection()) {
            other.setAutoCommit(false);
            // another request holds the school's row: the PUT reads the current version, then waits at its update
            exec(other, "select 1 from school where code = '1097440001' for update");
            CompletableFuture<Response> put = CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON)
                    .body(school("1097440001", "9744-01", null)).put("/v1/schools/1097440001"));
            await("the PUT waits for the row").atMost(Duration.ofSeconds(30)).until(this::aRenameWaitsForTheRow);
            exec(other, "update school set name_th = 'โรงเรียนบ้านห้วยข้าวก่ำ (อีกคำขอ)', version = version + 1"
                    + " where code = '1097440001'");
            other.commit();
            Response r = put.get(30, TimeUnit.SECONDS);
            assertEquals(409, r.statusCode(), r.asString());
            assertEquals("application/problem+json", r.contentType());
        }
        given().get("/v1/schools/1097440001").then().body("nameTh", is("โรงเรียนบ้านห้วยข้าวก่ำ (อีกคำขอ)"));
        given().get("/v1/org/1097440001").then().body("nameTh", is("โรงเรียนบ้านห้วยข้าวก่ำ"));
        assertEquals(before, OutboxRows.count(db, "area_code = ?", "9744"), "the refused PUT published nothing");
    }

    private boolean aRenameWaitsForTheRow() throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like 'update school set%'");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }

    private static void exec(Connection c, String sql) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.execute();
        }
    }

    private static String school(String code, String district, String branchOf) {
        return "{\"code\":\"" + code + "\",\"districtCode\":\"" + district + "\",\"nameTh\":\"โรงเรียนชื่อใหม่ที่ไม่ควรถูกเก็บ\""
                + (branchOf == null ? "" : ",\"branchOf\":\"" + branchOf + "\"") + "}";
    }

    /** The version an ETag names ("3" or W/"3"). */
    private static long version(String etag) {
        return Long.parseLong(etag.replaceAll("[^0-9]", ""));
    }
}
