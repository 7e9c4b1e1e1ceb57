package org.khet.school;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.EventJson;
import org.khet.contracts.events.school.OrgUnitChanged;
import org.khet.contracts.events.school.SchoolRegistered;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.TopicReader;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/** The org hierarchy: registering units writes the directory and publishes school.OrgUnitChanged.v1 that replicas read. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class OrgDirectoryEventsTest {

    @Test
    void anAreasUnitsArePublishedInOrderKeyedByTheArea() {
        Org.area("9801", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต 1");
        Org.district("9801-01", "อำเภอจุน");
        Org.school("1098010001", "9801-01", "โรงเรียนอนุบาลจุน (บ้านบัวสถาน)");
        Org.school("1098010002", "9801-01", "โรงเรียนบ้านห้วยยางขาม สาขา", "1098010001", false);

        List<TopicReader.Received> got = Org.events(e -> OrgUnitChanged.TYPE.equals(e.type()) && "9801".equals(e.areacode()), 4);
        assertEquals(4, got.size(), "one OrgUnitChanged per unit written");
        assertTrue(got.stream().allMatch(r -> r.key().equals("9801")), "the area code is the Kafka key");
        assertEquals(1, got.stream().map(TopicReader.Received::partition).distinct().count(), "one partition, so in order");
        List<OrgUnitChanged> units = got.stream().map(r -> EventJson.data(r.event(), OrgUnitChanged.class)).toList();
        assertEquals(List.of("9801", "9801-01", "1098010001", "1098010002"), units.stream().map(OrgUnitChanged::code).toList());
        assertEquals(new OrgUnitChanged("9801", "AREA", "obec", "9801", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต 1",
                "Test area 9801", "open"), units.get(0));
        assertEquals(new OrgUnitChanged("1098010001", "SCHOOL", "9801-01", "9801", "โรงเรียนอนุบาลจุน (บ้านบัวสถาน)", null,
                "open"), units.get(2));

        List<TopicReader.Received> obec = Org.events(e -> OrgUnitChanged.TYPE.equals(e.type()) && "obec".equals(e.subject()), 1);
        assertEquals("OBEC", EventJson.data(obec.get(0).event(), OrgUnitChanged.class).kind(), "the root is announced too");

        List<TopicReader.Received> registered = Org.events(e -> SchoolRegistered.TYPE.equals(e.type()) && "9801".equals(e.areacode()), 2);
        SchoolRegistered branch = EventJson.data(registered.get(1).event(), SchoolRegistered.class);
        assertEquals("1098010001", branch.branchOf());
        assertEquals("9801-01", branch.districtCode());

        given().get("/v1/org/1098010002").then().statusCode(200)
                .body("kind", is("SCHOOL")).body("ancestors", contains("9801-01", "9801", "obec"));
        given().get("/v1/org/obec/contains/1098010002").then().statusCode(200).body("contains", is(true));
        given().get("/v1/org/9801-01/contains/9801").then().statusCode(200).body("contains", is(false));
        given().get("/v1/org/9801/units?kind=SCHOOL").then().statusCode(200).body("code", contains("1098010001", "1098010002"));
    }

    @Test
    void aClosedSchoolKeepsItsHistoryAndItsStatusReachesTheReplicas() {
        Org.area("9804", "เขตทดสอบสถานะ");
        Org.district("9804-01", "อำเภอปง");
        Org.school("1098040001", "9804-01", "โรงเรียนบ้านดอนไชย");
        String etag = given().get("/v1/schools/1098040001").then().statusCode(200).extract().header("ETag");
        // a client holding the current version gets 304 and no body
        given().header("If-None-Match", etag).get("/v1/schools/1098040001").then().statusCode(304)
                .header("ETag", etag).body(is(""));
        given().contentType(ContentType.JSON).header("If-Match", "\"999\"")
                .body("{\"status\":\"closed\",\"effectiveOn\":\"2023-05-16\",\"note\":\"ยุบรวม\"}")
                .post("/v1/schools/1098040001/status").then().statusCode(412)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"status\":\"merged\",\"effectiveOn\":\"2023-05-16\",\"note\":\"ยุบรวมกับโรงเรียนบ้านปง\"}")
                .post("/v1/schools/1098040001/status").then().statusCode(200).body("status", is("merged"));
        // the old version no longer matches: a read answers the new one, a write with it is refused
        String merged = given().header("If-None-Match", etag).get("/v1/schools/1098040001").then().statusCode(200)
                .body("status", is("merged")).extract().header("ETag");
        assertNotEquals(etag, merged);
        given().contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"code\":\"1098040001\",\"districtCode\":\"9804-01\",\"nameTh\":\"โรงเรียนบ้านดอนไชย\"}")
                .put("/v1/schools/1098040001").then().statusCode(412).contentType("application/problem+json")
                .body("detail", containsString(merged));
        given().get("/v1/schools/1098040001/status-history").then().statusCode(200)
                .body("status", contains("open", "merged")).body("[1].note", is("ยุบรวมกับโรงเรียนบ้านปง"));
        List<TopicReader.Received> got = Org.events(e -> OrgUnitChanged.TYPE.equals(e.type()) && "1098040001".equals(e.data().path("code").asText()), 2);
        assertEquals("merged", EventJson.data(got.get(got.size() - 1).event(), OrgUnitChanged.class).status());
    }

    @Test
    void badCodesAndUnknownParentsAreRefusedAndNothingIsStored() {
        given().contentType(ContentType.JSON).body("{\"nameTh\":\"เขตผิด\",\"level\":\"primary\"}")
                .put("/v1/areas/56-2").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("code"));
        given().contentType(ContentType.JSON).body("{\"nameTh\":\"เขต\",\"level\":\"tertiary\"}")
                .put("/v1/areas/9805").then().statusCode(400).body("errors.field", hasItem("level"));
        Org.area("9805", "เขตทดสอบรหัส");
        given().contentType(ContentType.JSON).body("{\"areaCode\":\"9801\",\"nameTh\":\"อำเภอผิดเขต\"}")
                .put("/v1/districts/9805-01").then().statusCode(400).body("errors[0].field", is("areaCode"));
        given().contentType(ContentType.JSON).body("{\"code\":\"12345\",\"districtCode\":\"9805-01\",\"nameTh\":\"โรงเรียนรหัสสั้น\"}")
                .post("/v1/schools").then().statusCode(400).body("errors[0].message", containsString("8 or 10 digits"));
        given().contentType(ContentType.JSON).body("{\"code\":\"1098050001\",\"districtCode\":\"9805-09\",\"nameTh\":\"โรงเรียนไม่มีอำเภอ\"}")
                .post("/v1/schools").then().statusCode(400).body("errors[0].field", is("districtCode"));
        given().get("/v1/schools/1098050001").then().statusCode(404).contentType("application/problem+json");
        given().get("/v1/org/1098050001").then().statusCode(404);
    }

    @Test
    void schoolsAreListedInThaiOrder() {
        Org.area("9806", "เขตทดสอบการเรียง");
        Org.district("9806-01", "อำเภอเชียงคำ");
        // code-point order would put เกาะ (leading vowel เ) after ขาม and คือเวียง; Thai order files it under ก
        Org.school("1098060001", "9806-01", "โรงเรียนบ้านขาม");
        Org.school("1098060002", "9806-01", "โรงเรียนอนุบาลเชียงคำ");
        Org.school("1098060003", "9806-01", "โรงเรียนบ้านเกาะ");
        Org.school("1098060004", "9806-01", "โรงเรียนบ้านคือเวียง");
        given().get("/v1/areas/9806/schools").then().statusCode(200)
                .body("total", is(4))
                .body("items.nameTh", contains("โรงเรียนบ้านเกาะ", "โรงเรียนบ้านขาม", "โรงเรียนบ้านคือเวียง", "โรงเรียนอนุบาลเชียงคำ"));
        given().get("/v1/areas/9806/schools?size=2&page=1").then().statusCode(200)
                .body("items.code", contains("1098060004", "1098060002"));
        given().get("/v1/areas/9806/schools?size=0").then().statusCode(400).body("errors[0].field", is("size"));
    }

    @Test
    void networksGroupSchoolsByYearWithoutRewritingHistory() {
        Org.area("9807", "เขตทดสอบเครือข่าย");
        Org.district("9807-01", "อำเภอภูซาง");
        Org.school("1098070001", "9807-01", "โรงเรียนบ้านสบบง");
        given().contentType(ContentType.JSON).body("{\"areaCode\":\"9807\",\"nameTh\":\"กลุ่มโรงเรียนภูซาง\",\"kind\":\"cluster\"}")
                .put("/v1/networks/9807-phu-sang").then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"areaCode\":\"9807\",\"nameTh\":\"กลุ่มโรงเรียนการศึกษาภาคบังคับ\",\"kind\":\"program\"}")
                .put("/v1/networks/9807-compulsory").then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"fromYear\":2560,\"toYear\":2565}")
                .put("/v1/networks/9807-phu-sang/members/1098070001").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"fromYear\":2566}")
                .put("/v1/networks/9807-compulsory/members/1098070001").then().statusCode(200)
                .body("members[0].schoolNameTh", is("โรงเรียนบ้านสบบง"));
        given().get("/v1/areas/9807/networks").then().statusCode(200)
                .body("find { it.code == '9807-phu-sang' }.members[0].toYear", is(2565));
        given().get("/v1/areas/9807/schools?networkCode=9807-compulsory").then().body("total", is(1));
        given().get("/v1/areas/9807/schools?networkCode=9807-phu-sang").then().body("total", is(0));
    }
}
