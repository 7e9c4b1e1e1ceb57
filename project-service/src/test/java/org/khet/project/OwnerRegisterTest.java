package org.khet.project;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.CloudEvent;
import org.khet.contracts.events.EventJson;
import org.khet.contracts.events.Topics;
import org.khet.contracts.events.school.OfficeStaffChanged;
import org.khet.kit.org.OrgDirectory;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Owners against the office staff replica, filled only by school-service's {@code school.OfficeStaffChanged.v1}
 * events sent to Kafka: a staff id must be on the area's staff, a name is linked to the staff member it names, and
 * a name on nobody's staff is kept and reported once in the summary.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class OwnerRegisterTest {
    static final String AREA = "5601";
    static final String URL = "/v1/areas/" + AREA + "/projects";

    @Inject
    OrgDirectory directory;
    @Inject
    AgroalDataSource db;

    @BeforeEach
    void areas() {
        TestData.areas(directory);
    }

    static void publish(OfficeStaffChanged staff) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.broker().bootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        CloudEvent e = new CloudEvent("1.0", UUID.randomUUID().toString(), "/khet/school", OfficeStaffChanged.TYPE,
                staff.areaCode(), OffsetDateTime.now(), "application/json", staff.areaCode(), null, null, null,
                EventJson.MAPPER.valueToTree(staff));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            producer.send(new ProducerRecord<>(Topics.SCHOOL, staff.areaCode(), EventJson.write(e))).get();
        }
    }

    /** Waits until the replica has (or no longer has) the staff member. */
    void awaitReplica(String id, boolean present) {
        await("the office staff replica " + (present ? "gets " : "drops ") + id).atMost(Duration.ofSeconds(60))
                .until(() -> inReplica(id) == present);
    }

    private boolean inReplica(String id) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("select count(*) from office_staff where id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }

    static Map<String, Object> project(int fy, int number, List<Map<String, Object>> owners) {
        Map<String, Object> p = new HashMap<>(Map.of("fiscalYear", fy, "planKind", "ACTION_PLAN", "number", number,
                "title", "โครงการนิเทศ ติดตาม และประเมินผลการจัดการศึกษา", "budget", new BigDecimal("12000.00")));
        p.put("owners", owners);
        return p;
    }

    static long count(int fy) {
        return given().get(URL + "?fiscalYear=" + fy).then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @Test
    void aStaffIdIsAcceptedOnlyOnceSchoolServiceHasPublishedThatPerson() throws Exception {
        int fy = 2555;
        String id = UUID.randomUUID().toString();
        Map<String, Object> body = project(fy, 1, List.of(Map.of("nameTh", "นางพิมพ์ใจ ทดลองงาน", "staffId", id)));
        given().contentType(ContentType.JSON).body(body).post(URL).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("owners[0].staffId"))
                .body("errors[0].message", containsString(id));
        String feed = "fiscalYear,planKind,number,title,budget,owners,ownerStaffIds\n"
                + fy + ",ACTION_PLAN,2,โครงการทดสอบ,1000,นายก ข;นางพิมพ์ใจ ทดลองงาน,;" + id + "\n";
        given().contentType("text/csv").body(feed).post(URL + "/feed").then().statusCode(400)
                .body("errors[0].row", is(2)).body("errors[0].column", is("ownerStaffIds"))
                .body("errors[0].message", containsString("owner 2"));
        assertEquals(0, count(fy));

        // the same person on another area's staff is still not this area's
        publish(new OfficeStaffChanged("5602", id, "นางพิมพ์ใจ ทดลองงาน", "นักวิชาการศึกษา", "38c2", "policy", false));
        awaitReplica(id, true);
        given().contentType(ContentType.JSON).body(body).post(URL).then().statusCode(400)
                .body("errors[0].field", is("owners[0].staffId"));
        assertEquals(0, count(fy));

        publish(new OfficeStaffChanged(AREA, id, "นางพิมพ์ใจ ทดลองงาน", "นักวิชาการศึกษา", "38c2", "policy", false));
        // refused until the replica has moved the person to this area, then created
        await("a project naming " + id + " is accepted").atMost(Duration.ofSeconds(60))
                .until(() -> given().contentType(ContentType.JSON).body(body).post(URL).statusCode(), is(201));
        given().contentType("text/csv").body(feed).post(URL + "/feed").then().statusCode(200).body("created", is(1));
        given().get(URL + "?fiscalYear=" + fy).then().body("items.owners.staffId.flatten()", hasItem(id));

        // removed from the staff: the id is refused again
        publish(new OfficeStaffChanged(AREA, id, "นางพิมพ์ใจ ทดลองงาน", "นักวิชาการศึกษา", "38c2", "policy", true));
        awaitReplica(id, false);
        given().contentType(ContentType.JSON).body(project(fy, 3, List.of(Map.of("nameTh", "นางพิมพ์ใจ ทดลองงาน",
                "staffId", id)))).post(URL).then().statusCode(400).body("errors[0].field", is("owners[0].staffId"));
        assertEquals(2, count(fy));

        // ... but the projects that already name them stay writable: written back unchanged, and their feed sent
        // again under a new key
        String projectId = given().get(URL + "?fiscalYear=" + fy + "&planKind=ACTION_PLAN").then().statusCode(200)
                .extract().jsonPath().getString("items.find { it.number == 1 }.id");
        var current = given().get("/v1/projects/" + projectId).then().statusCode(200).extract();
        given().contentType(ContentType.JSON).header("If-Match", current.header("ETag")).body(body)
                .put("/v1/projects/" + projectId).then().statusCode(200)
                .body("owners[0].staffId", is(id));
        // (other bytes, so that it is read again rather than answered from its receipt)
        given().contentType("text/csv").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(feed.replace("\n", "\r\n")).post(URL + "/feed").then().statusCode(200)
                .body("created", is(0)).body("unchanged", is(1));
        assertEquals(2, count(fy));
    }

    @Test
    void aNameIsLinkedToTheStaffMemberItNamesAndUnknownNamesAreListedInOneFinding() throws Exception {
        int fy = 2554;
        String id = UUID.randomUUID().toString();
        publish(new OfficeStaffChanged(AREA, id, "นางสาวรัตนา  ศรีเมือง", "นักวิเคราะห์นโยบายและแผน", "38c2", "plan", false));
        awaitReplica(id, true);

        // written with the short title and other spacing: the same person
        given().contentType(ContentType.JSON).body(project(fy, 1, List.of(Map.of("nameTh", "น.ส. รัตนา ศรีเมือง"))))
                .post(URL).then().statusCode(201)
                .body("owners[0].nameTh", is("น.ส. รัตนา ศรีเมือง")).body("owners[0].staffId", is(id));
        String feed = "fiscalYear,planKind,number,title,budget,owners\n"
                + fy + ",ACTION_PLAN,2,โครงการพัฒนาระบบประกันคุณภาพ,3000,นางสาวรัตนา ศรีเมือง;นายสมปอง ไม่อยู่ในทะเบียน\n"
                + fy + ",ADDITIONAL,1,โครงการกีฬาสี,500,นายสมปอง  ไม่อยู่ในทะเบียน\n"
                + fy + ",ADDITIONAL,2,โครงการวันครู,700,นางมาลี ไม่อยู่ในทะเบียน\n";
        given().contentType("text/csv").body(feed).post(URL + "/feed").then().statusCode(200).body("created", is(3));
        given().get(URL + "?fiscalYear=" + fy + "&planKind=ACTION_PLAN").then()
                .body("items[1].owners.staffId", contains(id, null))
                .body("items[1].owners.nameTh", contains("นางสาวรัตนา ศรีเมือง", "นายสมปอง ไม่อยู่ในทะเบียน"));

        JsonPath s = given().get(URL + "/summary?fiscalYear=" + fy).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> owners = s.getList("findings.findAll { it.code == 'project.owner-not-in-staff-register' }");
        assertEquals(1, owners.size(), owners::toString);
        assertEquals("2", owners.get(0).get("reported"));
        assertTrue(owners.get(0).get("messageEn").toString().startsWith("2 of 3 project owners"), owners.get(0).toString());
        assertEquals(Map.of("kind", "area", "code", AREA, "name", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพะเยา เขต 1"),
                owners.get(0).get("subject"));
        assertEquals(List.of("นายสมปอง ไม่อยู่ในทะเบียน", "นางมาลี ไม่อยู่ในทะเบียน"), s.getList("owners.notInRegisterNames.nameTh"));
        assertEquals(List.of("แผนปฏิบัติการ ที่ 2", "เพิ่มเติม ที่ 1"), s.getList("owners.notInRegisterNames[0].projects"));
        assertEquals(3, s.getInt("owners.owners"));
        assertEquals(1, s.getInt("owners.inRegister"));
        assertEquals(2, s.getInt("owners.notInRegister"));
    }
}
