package org.khet.school;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.TestTokens;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Every area's completeness in the enrolment round 1 of academic year 2592 (no other test uses it), in the province
 * "จังหวัดทดสอบรอบ" of three hand-made areas:
 * <pre>
 * area  its round                          schools: what they did                      exp sub cert ack late miss on time
 * 7811  its own, closes 2099-12-31         A1 sent, certified, acknowledged; A2 sent;   3   2   1    1   0    1   66.67 (2/3)
 *                                          A3 nothing
 * 7812  the national one, closed 2019-12-31 B1 sent (after the close: late); B2 nothing 2   1   0    0   1    1    0.00 (0/2)
 * 7813  the national one                   C1 nothing                                   1   0   0    0   0    1    0.00 (0/1)
 * total                                                                                 6   3   1    1   1    3   33.33 (2/6)
 * </pre>
 * The national round also expects 7811's schools, but 7811's own round is the one that covers it (as a feed is
 * routed). A staffing round exists for none of them: zeros, no round.
 */
@QuarkusTest
@TestProfile(SecuredRegistryFeedTest.Secured.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class NationalRoundsTest {
    static final String PROVINCE = "จังหวัดทดสอบรอบ";
    static final String ADMIN = bearer("สพฐ.", "obec-admin", "obec");
    static final String VIEWER = bearer("ผู้อ่าน", "viewer", "obec");
    static final String OFFICER_7811 = bearer("เจ้าหน้าที่เขต 7811", "area-officer", "7811");
    static final String OFFICER_7812 = bearer("เจ้าหน้าที่เขต 7812", "area-officer", "7812");
    static boolean loaded;

    private static String bearer(String sub, String role, String org) {
        return "Bearer " + TestTokens.token(sub, role, org);
    }

    static String school(String area, int n) {
        return "10" + area + "000" + n;
    }

    @BeforeEach
    void load() {
        if (loaded) {
            return;
        }
        String[][] areas = {{"7811", "primary"}, {"7812", "secondary"}, {"7813", "primary"}};
        StringBuilder register = new StringBuilder("code,districtCode,nameTh\n");
        int[] schools = {3, 2, 1};
        for (int i = 0; i < areas.length; i++) {
            String a = areas[i][0];
            given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                    .body("{\"nameTh\":\"เขตทดสอบรอบ " + a + "\",\"level\":\"" + areas[i][1] + "\",\"province\":\"" + PROVINCE + "\"}")
                    .put("/v1/areas/" + a).then().statusCode(201);
            given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                    .body("{\"areaCode\":\"" + a + "\",\"nameTh\":\"อำเภอทดสอบรอบ\"}").put("/v1/districts/" + a + "-01")
                    .then().statusCode(201);
            for (int n = 1; n <= schools[i]; n++) {
                register.append(school(a, n)).append(',').append(a).append("-01,โรงเรียนทดสอบรอบ ").append(a).append('-').append(n).append('\n');
            }
        }
        given().header("Authorization", ADMIN).contentType("text/csv; charset=UTF-8").body(register.toString())
                .post("/v1/schools/feed").then().statusCode(200).body("created", is(6));

        String own = round("7811", "2049-06-01", "2099-12-31", OFFICER_7811);
        round(null, "2019-12-01", "2019-12-31", ADMIN);

        send(school("7811", 1));
        send(school("7811", 2));
        send(school("7812", 1));
        given().header("Authorization", bearer("ผอ. A1", "school-director", school("7811", 1)))
                .post("/v1/collection-rounds/" + own + "/submissions/" + school("7811", 1) + "/certify").then().statusCode(200);
        given().header("Authorization", OFFICER_7811)
                .post("/v1/collection-rounds/" + own + "/submissions/" + school("7811", 1) + "/acknowledge").then().statusCode(200);
        loaded = true;
    }

    /** Plans and opens the enrolment round 1 of 2592 of {@code area} (null: national); its id. */
    private static String round(String area, String opensOn, String closesOn, String token) {
        String id = given().header("Authorization", token).contentType(ContentType.JSON)
                .body("{\"kind\":\"enrolment\",\"academicYear\":2592,\"round\":1,\"snapshotDate\":\"2049-06-10\","
                        + "\"opensOn\":\"" + opensOn + "\",\"closesOn\":\"" + closesOn + "\""
                        + (area == null ? "" : ",\"areaCode\":\"" + area + "\"") + "}")
                .post("/v1/collection-rounds").then().statusCode(201).extract().path("id");
        given().header("Authorization", token).post("/v1/collection-rounds/" + id + "/open").then().statusCode(200);
        return id;
    }

    /** The school's officer sends 20 pupils in one P1 classroom (no warning). */
    private static void send(String school) {
        String csv = "schoolCode,academicYear,round,grade,boys,girls,classrooms\n" + school + ",2592,1,P1,10,10,1\n";
        given().header("Authorization", bearer("ครูธุรการ", "school-officer", school)).contentType("text/csv; charset=UTF-8")
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/v1/enrolment-rounds/feed").then().statusCode(200);
    }

    static JsonPath get(String token, String query) {
        return given().header("Authorization", token).queryParam("province", PROVINCE)
                .get("/v1/national/collection-rounds?academicYear=2592" + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyAreasRoundCountedWithTheTotal() {
        JsonPath j = get(VIEWER, "&kind=enrolment");
        assertEquals(List.of("7811", "7812", "7813"), j.getList("areas.items.areaCode"));
        assertEquals(List.of(3, 2, 1), j.getList("areas.items.expected"));
        assertEquals(List.of(2, 1, 0), j.getList("areas.items.submitted"));
        assertEquals(List.of(1, 0, 0), j.getList("areas.items.certified"));
        assertEquals(List.of(1, 0, 0), j.getList("areas.items.acknowledged"));
        assertEquals(List.of(0, 1, 0), j.getList("areas.items.late"));
        assertEquals(List.of(1, 1, 1), j.getList("areas.items.missing"));
        assertEquals(List.of(66.67f, 0f, 0f), j.getList("areas.items.onTimeRate"));
        assertEquals(List.of(false, true, true), j.getList("areas.items.national"));
        assertEquals(List.of("open", "open", "open"), j.getList("areas.items.state"));
        assertEquals(List.of("2099-12-31", "2019-12-31", "2019-12-31"), j.getList("areas.items.closesOn"));
        assertEquals(j.getString("areas.items[1].roundId"), j.getString("areas.items[2].roundId"), "one national round");
        assertEquals(6, j.getInt("total.expected"));
        assertEquals(3, j.getInt("total.submitted"));
        assertEquals(1, j.getInt("total.certified"));
        assertEquals(1, j.getInt("total.acknowledged"));
        assertEquals(1, j.getInt("total.late"));
        assertEquals(3, j.getInt("total.missing"));
        assertEquals(33.33f, j.getFloat("total.onTimeRate"));
        assertEquals("enrolment", j.getString("kind"));
        assertEquals(1, j.getInt("round"));
    }

    @Test
    void anAreaWithoutARoundIsListedWithZeros() {
        JsonPath j = get(ADMIN, "&kind=staffing");
        assertEquals(List.of("7811", "7812", "7813"), j.getList("areas.items.areaCode"));
        assertEquals(Arrays.asList(null, null, null), j.getList("areas.items.roundId"));
        assertEquals(List.of(0, 0, 0), j.getList("areas.items.expected"));
        assertNull(j.get("total.onTimeRate"), "no school expected: no rate");
    }

    @Test
    void anAreaOfficerReadsItsOwnRowAndBadInputIsNamed() {
        JsonPath j = get(OFFICER_7812, "&kind=enrolment");
        assertEquals(List.of("7812"), j.getList("areas.items.areaCode"));
        assertEquals(2, j.getInt("total.expected"), "the total of the rows the officer reads");
        assertNotNull(j.getString("areas.items[0].roundId"));
        given().header("Authorization", VIEWER).get("/v1/national/collection-rounds?academicYear=2592&kind=budget&round=0")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("kind", "round"));
        given().get("/v1/national/collection-rounds?academicYear=2592&kind=enrolment").then().statusCode(401);
        JsonPath sorted = get(VIEWER, "&kind=enrolment&sort=-late&size=1");
        assertEquals(List.of("7812"), sorted.getList("areas.items.areaCode"));
        assertEquals(3, sorted.getInt("areas.total"));
    }

    @Test
    void downloadsAsCsv() {
        String csv = given().header("Authorization", VIEWER).queryParam("province", PROVINCE)
                .get("/v1/national/collection-rounds?academicYear=2592&kind=enrolment&format=csv").then().statusCode(200)
                .extract().asString().substring(1);
        List<String> lines = csv.lines().toList();
        assertEquals("รหัสเขต,สำนักงานเขตพื้นที่การศึกษา,สังกัด,จังหวัด,สถานะรอบ,วันปิดรับ,ต้องส่ง,ส่งแล้ว,ผอ. รับรองแล้ว,"
                + "เขตรับทราบแล้ว,ส่งช้า,ยังไม่ส่ง,ร้อยละส่งตรงเวลา", lines.get(0));
        assertEquals("7812,เขตทดสอบรอบ 7812,secondary," + PROVINCE + ",open,2019-12-31,2,1,0,0,1,1,0.00", lines.get(2));
    }
}
