package org.khet.report;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.khet.report.support.StubUpstreams;
import org.khet.report.support.StubUpstreamsResource;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

/** When a service is down or failing, the report says which one, as a problem, and nothing half-made is cached. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class UpstreamFailureTest {
    @Test
    void aServiceAnswering200WithAnEmptyBodyIsA502NamingItNotAReportMissingAPart() {
        StubUpstreams.get().answer("7205", "school", "/v1/areas/{area}", "");
        given().queryParam("area", "7205").queryParam("fiscalYear", "2566").get("/v1/reports/annual").then()
                .statusCode(502).contentType("application/problem+json")
                .body("type", endsWith("/upstream-error"))
                .body("detail", containsString("school-service answered GET /v1/areas/7205 with 200 and an empty body"));
    }

    @Test
    void aStoppedServiceIsA503NamingIt() {
        StubUpstreams.get().stop("budget");
        try {
            given().queryParam("area", "7201").queryParam("fiscalYear", "2566").get("/v1/reports/annual").then()
                    .statusCode(503).contentType("application/problem+json")
                    .body("type", endsWith("/upstream-unavailable"))
                    .body("detail", containsString("budget-service"))
                    .body("detail", containsString(StubUpstreams.get().url("budget")));
            given().queryParam("area", "7201").queryParam("fiscalYear", "2566").get("/v1/reports/findings").then()
                    .statusCode(503).body("detail", containsString("budget-service"));
        } finally {
            StubUpstreams.get().start("budget");
        }
        given().queryParam("area", "7201").queryParam("fiscalYear", "2566").get("/v1/reports/annual").then()
                .statusCode(200).header("X-Khet-Cache", "miss");
    }

    @Test
    void theCallersTokenIsPassedOnToEveryService() {
        given().queryParam("area", "7204").queryParam("fiscalYear", "2566").header("Authorization", "Bearer eyJ0ZXN0.7204.c2ln")
                .get("/v1/reports/findings").then().statusCode(200);
        for (String service : StubUpstreams.SERVICES) {
            org.junit.jupiter.api.Assertions.assertTrue(
                    StubUpstreams.get().authorizations().contains(service + " Bearer eyJ0ZXN0.7204.c2ln"), service);
        }
    }

    @Test
    void aFailingServiceIsA502NamingIt() {
        StubUpstreams.get().fail("assessment", 500);
        try {
            given().queryParam("area", "7202").queryParam("fiscalYear", "2566").accept("text/html")
                    .get("/v1/reports/annual").then()
                    .statusCode(502).contentType("application/problem+json")
                    .body("type", endsWith("/upstream-error"))
                    .body("detail", containsString("assessment-service answered 500"));
        } finally {
            StubUpstreams.get().fail("assessment", null);
        }
    }

    @Test
    void aServiceWithoutDataForTheYearLeavesItsTablesMarkedEmpty() {
        StubUpstreams.get().fail("project", 404);
        try {
            given().queryParam("area", "7203").queryParam("fiscalYear", "2566").get("/v1/reports/annual").then()
                    .statusCode(200)
                    .body("sources.find { it.endpoint == '/v1/areas/{area}/projects/summary?fiscalYear=2566' }.available",
                            is(false))
                    .body("parts[2].sections[5].blocks[0].text", containsString("ยังไม่มีข้อมูลโครงการ"));
        } finally {
            StubUpstreams.get().fail("project", null);
        }
    }
}
