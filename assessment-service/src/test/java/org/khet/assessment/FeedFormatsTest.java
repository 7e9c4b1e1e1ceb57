package org.khet.assessment;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.CloudEvent;
import org.khet.contracts.events.EventJson;
import org.khet.contracts.events.Topics;
import org.khet.contracts.events.school.OrgUnitChanged;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Properties;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;

/**
 * An area known only from school-service's event on Kafka (the replica), loaded by XLSX and JSON feeds: the same
 * columns in every format.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class FeedFormatsTest {
    static final String AREA = "5677";

    static void publishArea() throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.broker().bootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        OrgUnitChanged area = new OrgUnitChanged(AREA, OrgUnitChanged.AREA, "obec", AREA, "สพป.เชียงราย เขต 7", null, "open");
        CloudEvent e = new CloudEvent("1.0", UUID.randomUUID().toString(), "/khet/school", OrgUnitChanged.TYPE, AREA,
                OffsetDateTime.now(), "application/json", AREA, null, null, null, EventJson.MAPPER.valueToTree(area));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            producer.send(new ProducerRecord<>(Topics.SCHOOL, AREA, EventJson.write(e))).get();
        }
    }

    @Test
    void anAreaFromTheOrgEventsLoadedByXlsxAndJson() throws Exception {
        String csv = "academicYear,test,subject,level,orgCode,meanPercent\n2565,RT-P1,READ-ALOUD,AREA," + AREA + ",70.00\n";
        given().contentType("text/csv").body(csv).post("/v1/test-statistics/feed").then().statusCode(400)
                .body("errors[0].message", containsString("'" + AREA + "'"));
        publishArea();
        // the replica learns the area from the event; until then the area is unknown (404)
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/v1/areas/" + AREA + "/tests?academicYear=2565").statusCode() == 200);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("RT ป.1");
            String[] header = {"academicYear", "test", "subject", "level", "orgCode", "meanPercent", "takers"};
            Row h = s.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            Object[][] rows = {{2565, "RT-P1", "READ-ALOUD", "AREA", AREA, 70.25, 900},
                    {2565, "RT-P1", "READ-COMPREHENSION", "AREA", AREA, 71.5, 900}};
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(v));
                    }
                }
            }
            wb.write(out);
        }
        given().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").body(out.toByteArray())
                .post("/v1/test-statistics/feed").then().statusCode(200).body("created", is(2));

        given().contentType("application/json").body("""
                {"rows":[{"academicYear":2564,"test":"RT-P1","subject":"READ-ALOUD","level":"AREA","orgCode":"%s","meanPercent":68.25},
                         {"academicYear":2564,"test":"RT-P1","subject":"READ-COMPREHENSION","level":"AREA","orgCode":"%s","meanPercent":70.00}]}
                """.formatted(AREA, AREA)).post("/v1/test-statistics/feed").then().statusCode(200).body("created", is(2));

        given().get("/v1/areas/" + AREA + "/tests?academicYear=2565").then().statusCode(200)
                .body("areaNameTh", is("สพป.เชียงราย เขต 7"))
                .body("tests[0].takers", is(900))
                .body("tests[0].overall.area", is(70.88f))
                .body("tests[0].overall.previous", is(69.13f))
                .body("tests[0].subjects.yoyDifference", contains(2.00f, 1.50f))
                .body("tests[0].overall.yoyDifference", is(1.75f));

        given().contentType("application/json").body("""
                [{"areaCode":"%s","fiscalYear":2566,"framework":"KRS-TEST","indicator":"KRS","state":"รอผลการประเมิน"}]
                """.formatted(AREA)).post("/v1/evaluations/feed").then().statusCode(400)
                .body("errors[0].column", is("framework"));

        // a feed may ask to be a background job: 202 with its address, then the job's result is the feed's
        String job = given().contentType("text/csv").header("Prefer", "respond-async")
                .body("academicYear,test,subject,level,orgCode,meanPercent\n2563,RT-P1,READ-ALOUD,AREA," + AREA + ",66.40\n")
                .post("/v1/test-statistics/feed").then().statusCode(202).body("status", is("queued"))
                .header("Location", containsString("/v1/feed-jobs/")).extract().path("jobId");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/v1/feed-jobs/" + job).then().statusCode(200).extract().<String>path("status"),
                        status -> !status.equals("queued") && !status.equals("running"));
        given().get("/v1/feed-jobs/" + job).then().body("status", is("succeeded"))
                .body("result.kind", is("test-statistics")).body("result.created", is(1))
                .body("result.areaCodes", contains(AREA)).body("result.years", contains(2563));
        given().get("/v1/test-statistics?academicYear=2563&areaCode=" + AREA).then().body("items[0].meanPercent", is(66.40f));
    }
}
