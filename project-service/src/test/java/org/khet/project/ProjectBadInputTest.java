package org.khet.project;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khet.kit.org.OrgDirectory;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.OutboxRows;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Bad input to a stored project's spend, results and replace, and to the results feed: each is a 400
 * problem+json naming the field (row and column for feeds), and the project keeps its version, data and events.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class ProjectBadInputTest {
    static final String AREA = "5601";
    static final int FY = 2551;
    static final AtomicInteger NUMBER = new AtomicInteger();

    @Inject
    OrgDirectory directory;
    @Inject
    AgroalDataSource db;

    String id;
    int number;

    @BeforeEach
    void project() {
        TestData.areas(directory);
        number = NUMBER.incrementAndGet();
        id = given().contentType(ContentType.JSON).body(ProjectApiTest.project(FY, number, "10000.00"))
                .post("/v1/areas/" + AREA + "/projects").then().statusCode(201).extract().jsonPath().getString("id");
    }

    /** Sends {@code body} with the current version and expects a 400 naming {@code field}; nothing changes. */
    void refused(String path, Object body, String field) {
        String before = given().get("/v1/projects/" + id).then().statusCode(200).extract().asString();
        long events = OutboxRows.count(db, "aggregate_id = ?", id);
        var req = given().header("If-Match", "\"0\"");
        (body instanceof String s ? req.contentType(ContentType.JSON).body(s) : req.contentType(ContentType.JSON).body(body))
                .put("/v1/projects/" + id + path)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
        given().get("/v1/projects/" + id).then().statusCode(200).header("ETag", is("\"0\""));
        assertEquals(before, given().get("/v1/projects/" + id).then().extract().asString());
        assertEquals(events, OutboxRows.count(db, "aggregate_id = ?", id));
    }

    @Test
    void spendMustBeAnAmountOfMoney() {
        refused("/spend", Map.of("actualSpend", new BigDecimal("-1.00")), "actualSpend");
        refused("/spend", Map.of("actualSpend", new BigDecimal("9980.005")), "actualSpend");
        refused("/spend", "{\"actualSpend\": \"เก้าพันบาท\"}", "actualSpend");
        refused("/spend", Map.of("reportedRemaining", new BigDecimal("1.00")), "actualSpend");
    }

    @Test
    void resultsMustUseTheirCodesAndSensibleNumbers() {
        refused("/results", Map.of("status", "เสร็จแล้ว", "achieved", "YES"), "status");
        refused("/results", Map.of("status", "COMPLETED", "achieved", "ผ่าน"), "achieved");
        refused("/results", Map.of("status", "COMPLETED", "quantitativeResults",
                List.of(Map.of("statement", "ครู 30 คนได้รับการอบรม", "unit", "คน"))), "quantitativeResults[0].value");
        refused("/results", Map.of("status", "COMPLETED", "quantitativeResults",
                List.of(Map.of("statement", "ครู 30 คนได้รับการอบรม", "value", -30, "unit", "คน"))), "quantitativeResults[0].value");
        refused("/results", Map.of("status", "COMPLETED", "quantitativeResults",
                List.of(Map.of("statement", "ครู 30 คนได้รับการอบรม", "value", 30, "target", -1))), "quantitativeResults[0].target");
    }

    @Test
    void aReplaceCannotMoveTheProjectToAnotherYearNorHaveAnOverlongTitle() {
        Map<String, Object> other = new HashMap<>(ProjectApiTest.project(FY + 1, number, "10000.00"));
        refused("", other, "fiscalYear");
        Map<String, Object> longTitle = new HashMap<>(ProjectApiTest.project(FY, number, "10000.00"));
        longTitle.put("title", "โครงการ".repeat(150));
        refused("", longTitle, "title");
        Map<String, Object> category = new HashMap<>(ProjectApiTest.project(FY, number, "10000.00"));
        category.put("budgetCategory", "งบดำเนินงาน");
        refused("", category, "budgetCategory");
        given().contentType(ContentType.JSON).body(longTitle).post("/v1/areas/" + AREA + "/projects").then()
                .statusCode(400).body("errors.field", hasItem("title"));
        given().get("/v1/areas/" + AREA + "/projects?fiscalYear=" + (FY + 1)).then().body("total", is(0));
    }

    @Test
    void valueAndUnitBelongToQuantitativeRowsOnly() {
        String url = "/v1/areas/" + AREA + "/projects/results/feed";
        String feed = "fiscalYear,planKind,number,kind,text,value,unit,target\n"
                + FY + ",ACTION_PLAN," + number + ",QUANTITATIVE,ครู 30 คนได้รับการอบรม,30,คน,30\n"
                + FY + ",ACTION_PLAN," + number + ",QUALITATIVE,ครูนำความรู้ไปใช้,90,ร้อยละ,\n"
                + FY + ",ACTION_PLAN," + number + ",PROBLEM,เวลาน้อย,,คน,\n"
                + FY + ",ACTION_PLAN," + number + ",QUANTITATIVE,ผู้เข้าร่วม,,คน,\n"
                + FY + ",ACTION_PLAN," + number + ",QUANTITATIVE,ผู้เข้าร่วม,-4,คน,\n";
        given().contentType("text/csv").body(feed).post(url).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.findAll { it.row == 3 }.column", containsInAnyOrder("value", "unit"))
                .body("errors.findAll { it.row == 4 }.column", contains("unit"))
                .body("errors.findAll { it.row == 5 }.column", contains("value"))
                .body("errors.findAll { it.row == 6 }.column", contains("value"))
                .body("errors.findAll { it.row == 2 }", empty());
        given().get("/v1/projects/" + id).then().header("ETag", is("\"0\"")).body("quantitativeResults", empty())
                .body("problems", empty());
    }

    @Test
    void reportedFiguresOfAnUnknownAreaAreNotFound() {
        given().get("/v1/areas/9999/projects/reported-figures?fiscalYear=2566").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/v1/areas/56020001/projects/reported-figures?fiscalYear=2566").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("code"));
    }
}
