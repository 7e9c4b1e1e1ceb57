package org.khet.project;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khet.kit.org.OrgDirectory;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.OutboxRows;
import org.khet.testkit.TopicReader;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The strategic plan: validated whole, replaced with If-Match, published as an event. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class StrategicPlanTest {
    static final String URL = "/v1/areas/5601/strategic-plan/2567";

    @Inject
    OrgDirectory directory;
    @Inject
    AgroalDataSource db;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @BeforeEach
    void directory() {
        TestData.areas(directory);
    }

    static Map<String, Object> plan() {
        Map<String, Object> p = new HashMap<>();
        p.put("vision", "ผู้เรียนมีคุณภาพ ครูเป็นมืออาชีพ");
        p.put("missions", List.of("พัฒนาคุณภาพผู้เรียน", "พัฒนาครูและบุคลากรทางการศึกษา"));
        p.put("goals", List.of("ผู้เรียนมีคุณภาพตามมาตรฐาน"));
        p.put("strategies", List.of(Map.of("number", 1, "textTh", "บริหารจัดการตามหลักธรรมาภิบาล"),
                Map.of("number", 2, "textTh", "จัดการศึกษาให้ผู้เรียนมีความปลอดภัย")));
        p.put("coreValues", List.of(Map.of("letter", "P", "nameEn", "Participation", "meaningTh", "มีส่วนร่วม")));
        p.put("policies", List.of(Map.of("number", 1, "titleTh", "ด้านความปลอดภัย",
                "items", List.of(Map.of("number", "1.1", "textTh", "พัฒนาสถานศึกษาให้เป็นพื้นที่ปลอดภัย")))));
        p.put("focusPoints", List.of("ส่งเสริมการใช้เทคโนโลยีดิจิทัลเพื่อการเรียนรู้ทุกระดับ"));
        return p;
    }

    @Test
    void badPlansAreRefusedWholeAndAStaleReplaceIs412() {
        Map<String, Object> bad = plan();
        bad.remove("vision");
        bad.put("strategies", List.of(Map.of("number", 1, "textTh", "ก"), Map.of("number", 1, "textTh", "ข")));
        bad.put("policies", List.of(Map.of("number", 1, "titleTh", "ด้านความปลอดภัย",
                "items", List.of(Map.of("number", "2.1", "textTh", "ผิดด้าน")))));
        given().contentType(ContentType.JSON).body(bad).put(URL).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("vision", "strategies[1].number", "policies[0].items[0].number"));
        given().get(URL).then().statusCode(404);
        given().contentType(ContentType.JSON).body(plan()).put("/v1/areas/5601/strategic-plan/พ.ศ.2567").then().statusCode(400);
        given().contentType(ContentType.JSON).body(plan()).put("/v1/areas/0000/strategic-plan/2567").then().statusCode(404);

        given().contentType(ContentType.JSON).body(plan()).put(URL).then().statusCode(201).header("ETag", is("\"0\""));
        Map<String, Object> changed = plan();
        changed.put("vision", "ผู้เรียนมีคุณภาพ ครูเป็นมืออาชีพ บริหารด้วยธรรมาภิบาล");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed).put(URL).then()
                .statusCode(200).header("ETag", is("\"1\""));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(plan()).put(URL).then().statusCode(412)
                .contentType("application/problem+json");
        given().header("If-None-Match", "\"1\"").get(URL).then().statusCode(304);
        given().header("If-None-Match", "\"0\"").get(URL).then().statusCode(200).header("ETag", is("\"1\""));
        // the same plan again (a re-sent load): the version stays and nothing is published
        given().contentType(ContentType.JSON).body(changed).put(URL).then().statusCode(200).header("ETag", is("\"1\""));
        assertEquals(2, OutboxRows.count(db, "type = 'project.StrategicPlanPublished.v1' and area_code = '5601' and fiscal_year = 2567"));
        given().get(URL).then().body("vision", endsWith("บริหารด้วยธรรมาภิบาล"));

        // a project on strategy 2 keeps the plan from dropping strategy 2; strategy 3 does not exist
        Map<String, Object> project = new HashMap<>(ProjectApiTest.project(2567, 1, "1000.00"));
        project.put("strategyNumber", 3);
        given().contentType(ContentType.JSON).body(project).post("/v1/areas/5601/projects").then().statusCode(400)
                .body("errors[0].field", is("strategyNumber"));
        project.put("strategyNumber", 2);
        given().contentType(ContentType.JSON).body(project).post("/v1/areas/5601/projects").then().statusCode(201)
                .body("strategyTh", is("จัดการศึกษาให้ผู้เรียนมีความปลอดภัย"));
        Map<String, Object> fewer = plan();
        fewer.put("strategies", List.of(Map.of("number", 1, "textTh", "บริหารจัดการตามหลักธรรมาภิบาล")));
        given().contentType(ContentType.JSON).body(fewer).put(URL).then().statusCode(409);

        List<TopicReader.Received> events = TopicReader.await(bootstrap, "khet.project",
                e -> e.type().equals("project.StrategicPlanPublished.v1") && "5601/2567".equals(e.subject()), 2,
                Duration.ofSeconds(30));
        assertEquals(2, events.size());
        assertEquals(2, events.get(0).event().data().get("strategies").size());
    }
}
