package org.khet.school;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.OutboxRows;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A write that repeats what is stored (a re-sent load, a retried request) keeps the version and publishes no event;
 * a real change gets a new version and exactly one event.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class ResentWritesTest {
    private static final String AREA = "9821";

    @Inject
    AgroalDataSource db;

    private long events() {
        return OutboxRows.count(db, "area_code = ?", AREA);
    }

    /** PUTs {@code body} to {@code path} and returns the ETag (or the body for resources without one). */
    private static String put(String path, String body) {
        var r = given().contentType(ContentType.JSON).body(body).put(path);
        assertEquals(true, r.statusCode() == 200 || r.statusCode() == 201, path + " answered " + r.statusCode() + " " + r.asString());
        return r.header("ETag") != null ? r.header("ETag") : r.asString();
    }

    @Test
    void resendingTheSameFactsChangesNothingAndPublishesNothing() {
        String area = "{\"nameTh\":\"เขตทดสอบการส่งซ้ำ\",\"level\":\"primary\",\"province\":\"พะเยา\",\"phone\":\"054-000000\"}";
        String district = "{\"areaCode\":\"" + AREA + "\",\"nameTh\":\"อำเภอจุน\",\"subDistricts\":7,\"areaKm2\":\"440.50\"}";
        String school = "{\"code\":\"1098210001\",\"districtCode\":\"" + AREA + "-01\",\"nameTh\":\"โรงเรียนบ้านทดสอบ\",\"expansion\":true}";
        String network = "{\"areaCode\":\"" + AREA + "\",\"nameTh\":\"กลุ่มโรงเรียนจุน 1\",\"kind\":\"cluster\"}";
        String member = "{\"fromYear\":2566}";
        String unit = "{\"nameTh\":\"กลุ่มนโยบายและแผน\",\"kind\":\"group\",\"directorName\":\"นางทดสอบ ใจดี\",\"sortOrder\":3}";
        String staffId = UUID.nameUUIDFromBytes("resent-staff".getBytes()).toString();
        String staff = "{\"areaCode\":\"" + AREA + "\",\"nameTh\":\"นายสมชาย ทดสอบ\",\"position\":\"นักวิเคราะห์นโยบายและแผน\","
                + "\"category\":\"38c2\",\"unitCode\":\"policy-planning\"}";

        String[] first = {
                put("/v1/areas/" + AREA, area),
                put("/v1/districts/" + AREA + "-01", district),
                null, null, null, null, null};
        given().contentType(ContentType.JSON).body(school).post("/v1/schools").then().statusCode(201);
        first[2] = put("/v1/schools/1098210001", school);
        first[3] = put("/v1/networks/" + AREA + "-chun-1", network);
        first[4] = put("/v1/networks/" + AREA + "-chun-1/members/1098210001", member);
        first[5] = put("/v1/areas/" + AREA + "/offices/policy-planning", unit);
        first[6] = put("/v1/office-staff/" + staffId, staff);
        long before = events();

        String[] again = {
                put("/v1/areas/" + AREA, area),
                put("/v1/districts/" + AREA + "-01", district),
                put("/v1/schools/1098210001", school),
                put("/v1/networks/" + AREA + "-chun-1", network),
                put("/v1/networks/" + AREA + "-chun-1/members/1098210001", member),
                put("/v1/areas/" + AREA + "/offices/policy-planning", unit),
                put("/v1/office-staff/" + staffId, staff)};
        for (int i = 0; i < first.length; i++) {
            assertEquals(first[i], again[i], "write " + i + " sent again keeps its version");
        }
        assertEquals(before, events(), "nothing new to publish");
        given().get("/v1/areas/" + AREA).then().body("phone", is("054-000000"));

        // one real change: a new version and one more event
        String changed = put("/v1/areas/" + AREA, area.replace("054-000000", "054-111111"));
        assertNotEquals(first[0], changed);
        assertEquals(before + 1, events(), "one AreaProfileChanged (the unit's names are unchanged, so no OrgUnitChanged either)");
        given().get("/v1/areas/" + AREA).then().body("phone", is("054-111111"));
    }
}
