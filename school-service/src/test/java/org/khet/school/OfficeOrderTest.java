package org.khet.school;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.OutboxRows;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The office's own order and every holder of a unit (issue #22, ADR 0023): a unit names all who hold it in order
 * (the deputies' unit three), the director first; networks come in the office's positions, then in Thai order; units
 * of one sort order in Thai order, not by code.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class OfficeOrderTest {
    private static final String AREA = "9823";

    @Inject
    AgroalDataSource db;

    private static void put(String path, String body) {
        int s = given().contentType(ContentType.JSON).body(body).put(path).statusCode();
        assertEquals(true, s == 200 || s == 201, path + " answered " + s);
    }

    private static void area() {
        put("/v1/areas/" + AREA, "{\"nameTh\":\"เขตทดสอบลำดับ\",\"level\":\"primary\",\"province\":\"พะเยา\"}");
    }

    @Test
    void aUnitNamesEveryHolderInOrderAndUnitsOfOneOrderComeInThaiOrder() {
        area();
        String units = "/v1/areas/" + AREA + "/offices/";
        put(units + "director", "{\"nameTh\":\"ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา\",\"kind\":\"executive\","
                + "\"directorName\":\"นายสำเนียง อัดไพบูลย์\",\"sortOrder\":1}");
        String deputies = "{\"nameTh\":\"รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา\",\"kind\":\"executive\",\"sortOrder\":2,"
                + "\"holders\":[\"นายนิคม กิรติวรังกูร\",\"นางนพมาศ วรผาบ\",\"นางสาวอ้อนจันทร์ คำเพราะ\"]}";
        put(units + "deputy", deputies);
        // same sort order: Thai order (นโยบาย before อำนวยการ), where the codes would put admin first
        put(units + "admin", "{\"nameTh\":\"กลุ่มอำนวยการ\",\"kind\":\"group\",\"directorName\":\"นางสาวจิตติมา คำลือ\",\"sortOrder\":3}");
        put(units + "policy", "{\"nameTh\":\"กลุ่มนโยบายและแผน\",\"kind\":\"group\",\"directorName\":\"นางกรณิการ์ คำแจ้\",\"sortOrder\":3}");

        JsonPath p = given().get("/v1/areas/" + AREA).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("director", "deputy", "policy", "admin"), p.getList("units.code"));
        assertEquals(List.of("นายนิคม กิรติวรังกูร", "นางนพมาศ วรผาบ", "นางสาวอ้อนจันทร์ คำเพราะ"), p.getList("units[1].holders"));
        assertEquals("นายนิคม กิรติวรังกูร", p.getString("units[1].directorName"), "the first holder is the director");
        assertEquals(List.of("นายสำเนียง อัดไพบูลย์"), p.getList("units[0].holders"), "a director alone holds the unit");

        // sent again: nothing changes, nothing is published
        long events = OutboxRows.count(db, "area_code = ?", AREA);
        put(units + "deputy", deputies);
        assertEquals(events, OutboxRows.count(db, "area_code = ?", AREA));

        // a director who is not the first holder, and a blank holder: 400 naming each, nothing stored
        JsonPath bad = given().contentType(ContentType.JSON).body("{\"nameTh\":\"รองผู้อำนวยการ\",\"kind\":\"executive\","
                        + "\"directorName\":\"นางนพมาศ วรผาบ\",\"holders\":[\"นายนิคม กิรติวรังกูร\",\" \"]}")
                .put(units + "deputy").then().statusCode(400).contentType("application/problem+json").extract().jsonPath();
        assertEquals(List.of("holders[1]", "directorName"), bad.getList("errors.field"));
        assertEquals(3, given().get("/v1/areas/" + AREA).jsonPath().getList("units[1].holders").size());

        // a unit's holders replaced: the director follows the first
        put(units + "deputy", "{\"nameTh\":\"รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา\",\"kind\":\"executive\",\"sortOrder\":2,"
                + "\"holders\":[\"นางนพมาศ วรผาบ\"]}");
        JsonPath after = given().get("/v1/areas/" + AREA).jsonPath();
        assertEquals(List.of("นางนพมาศ วรผาบ"), after.getList("units[1].holders"));
        assertEquals("นางนพมาศ วรผาบ", after.getString("units[1].directorName"));
    }

    @Test
    void networksComeInTheOfficesPositionsThenInThaiOrder() {
        area();
        String[][] networks = {
                {"9823-a", "กลุ่มโรงเรียนภูซาง", null},
                {"9823-b", "กลุ่มโรงเรียนเชียงคำ 1", null},
                {"9823-c", "กลุ่มโรงเรียนปง 1", "2"},
                {"9823-d", "กลุ่มโรงเรียนจุน 1", "1"},
                {"9823-e", "ชมรมครูภาษาไทย", "1"},
                {"9823-f", "ชมรมครูคณิตศาสตร์", "2"}};
        for (String[] n : networks) {
            put("/v1/networks/" + n[0], "{\"areaCode\":\"" + AREA + "\",\"nameTh\":\"" + n[1] + "\",\"kind\":\""
                    + (n[1].startsWith("ชมรม") ? "subject-club" : "cluster") + "\"" + (n[2] == null ? "" : ",\"position\":" + n[2]) + "}");
        }
        JsonPath p = given().get("/v1/areas/" + AREA + "/networks").then().statusCode(200).extract().jsonPath();
        // clusters: จุน 1 (1), ปง 1 (2), then the unplaced in Thai order (เชียงคำ before ภูซาง: ช before ภ); clubs by position
        assertEquals(List.of("กลุ่มโรงเรียนจุน 1", "กลุ่มโรงเรียนปง 1", "กลุ่มโรงเรียนเชียงคำ 1", "กลุ่มโรงเรียนภูซาง",
                "ชมรมครูภาษาไทย", "ชมรมครูคณิตศาสตร์"), p.getList("nameTh"));
        assertEquals(java.util.Arrays.asList(1, 2, null, null, 1, 2), p.getList("position"));

        given().contentType(ContentType.JSON).body("{\"areaCode\":\"" + AREA + "\",\"nameTh\":\"กลุ่มโรงเรียนปง 1\","
                + "\"kind\":\"cluster\",\"position\":-1}").put("/v1/networks/9823-c").then().statusCode(400)
                .contentType("application/problem+json");
        // a new position alone is a change (a new version and event), the list follows it
        put("/v1/networks/9823-c", "{\"areaCode\":\"" + AREA + "\",\"nameTh\":\"กลุ่มโรงเรียนปง 1\",\"kind\":\"cluster\",\"position\":0}");
        assertEquals("กลุ่มโรงเรียนปง 1", given().get("/v1/areas/" + AREA + "/networks").jsonPath().getString("[0].nameTh"));
    }
}
