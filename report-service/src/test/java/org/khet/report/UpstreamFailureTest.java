package org.khet.report;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.khet.report.support.StubUpstreams;
import org.khet.report.support.StubUpstreamsResource;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** When a service is down or failing, the report says which one, as a problem, and nothing half-made is cached. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class UpstreamFailureTest {
    @Inject
    CircuitBreakerMaintenance breakers;

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
                    .statusCode(503).contentType("application/problem+json").header("Retry-After", "5")
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
    void aServiceWhoseDatabaseIsDownIsA503WithRetryAfterNotA502() {
        // assessment-service is up but answers 503 (its PostgreSQL is down): an outage to wait out, passed on as one
        StubUpstreams.get().fail("assessment", 503);
        try {
            given().queryParam("area", "7211").queryParam("fiscalYear", "2566").get("/v1/reports/annual").then()
                    .statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("type", endsWith("/upstream-unavailable"))
                    .body("detail", containsString("assessment-service answered 503"));
        } finally {
            StubUpstreams.get().fail("assessment", null);
        }
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIsA503NamingIt() {
        StubUpstreams.get().silent("7206", "budget", true);
        try {
            given().queryParam("area", "7206").queryParam("fiscalYear", "2566").get("/v1/reports/annual").then()
                    .statusCode(503).contentType("application/problem+json")
                    .body("type", endsWith("/upstream-unavailable"))
                    .body("detail", containsString("budget-service is not available at " + StubUpstreams.get().url("budget")))
                    .body("detail", containsString("no answer in time"));
        } finally {
            StubUpstreams.get().silent("7206", "budget", false);
        }
    }

    @Test
    void theServicesAreCalledAtOnceNotOneAfterTheOther() {
        // every service holds its answers for this area until the ten calls of a report all wait together: called
        // one after the other, only one would ever be waiting (and the gate would open after 5 s)
        StubUpstreams.get().gate("7207", 10);
        given().queryParam("area", "7207").queryParam("fiscalYear", "2566").get("/v1/reports/annual").then()
                .statusCode(200);
        assertEquals(10, StubUpstreams.get().mostAtOnce("7207"));
    }

    @Test
    void aServiceThatKeepsFailingIsLeftAloneForAWhile() {
        breakers.resetAll();
        StubUpstreams.get().fail("budget", 500);
        try {
            // half of the last 20 calls failed: the circuit opens, and the next report does not call budget-service
            for (int i = 0; i < 20; i++) {
                given().queryParam("area", "7208").queryParam("fiscalYear", "2566").get("/v1/reports/findings").then()
                        .statusCode(502).body("detail", containsString("budget-service answered 500"));
            }
            long calls = StubUpstreams.get().hits("budget", "7208");
            given().queryParam("area", "7208").queryParam("fiscalYear", "2566").get("/v1/reports/findings").then()
                    .statusCode(503).contentType("application/problem+json")
                    .body("detail", containsString("budget-service is not available"))
                    .body("detail", containsString("failed repeatedly"));
            assertEquals(calls, StubUpstreams.get().hits("budget", "7208"));
        } finally {
            StubUpstreams.get().fail("budget", null);
            breakers.resetAll();
        }
    }

    @Test
    void aRenamedFieldIsA502NamingItNeverANoDataTable() {
        // school-service renames a table of its summary: the read contract's component is missing from the answer,
        // and a missing component is an error (under the old walker the table silently printed "no data")
        String renamed = StubUpstreams.fixture("school-summary.json").replace("\"sizeClasses\"", "\"sizeClassTable\"");
        StubUpstreams.get().answer("7209", "school", "/v1/areas/{area}/summary?academicYear=2566", renamed);
        given().queryParam("area", "7209").queryParam("fiscalYear", "2566").get("/v1/reports/annual").then()
                .statusCode(502).contentType("application/problem+json")
                .body("type", endsWith("/upstream-error"))
                .body("detail", containsString("school-service answered with a body that does not fit its read contract"))
                .body("detail", containsString("'sizeClasses'"));
    }

    @Test
    void aFieldTheReaderDoesNotKnowYetIsIgnored() {
        // a provider may add a field before any reader uses it
        String added = StubUpstreams.fixture("school-summary.json")
                .replaceFirst("\\{", "{\"addedLater\": {\"figure\": 1}, ");
        StubUpstreams.get().answer("7210", "school", "/v1/areas/{area}/summary?academicYear=2566", added);
        given().queryParam("area", "7210").queryParam("fiscalYear", "2566").get("/v1/reports/annual").then()
                .statusCode(200)
                .body("parts[2].sections[0].blocks[0].rows[-1].cells", contains("รวม", 131, 100.00f));
    }

    @Test
    void aServiceWithoutDataForTheYearLeavesItsTablesMarkedEmpty() {
        StubUpstreams.get().fail("project", 404);
        StubUpstreams.get().fail("budget", 404);
        try {
            given().queryParam("area", "7203").queryParam("fiscalYear", "2566").get("/v1/reports/annual").then()
                    .statusCode(200)
                    .body("sources.find { it.endpoint == '/v1/areas/{area}/projects/summary?fiscalYear=2566' }.available",
                            is(false))
                    .body("sources.find { it.endpoint == '/v1/areas/{area}/budget?fiscalYear=2566' }.available", is(false))
                    .body("parts[2].sections[5].blocks[0].text", containsString("ยังไม่มีข้อมูลโครงการ"))
                    .body("parts[2].sections[4].blocks.find { it.id == 't3.5.1' }.rows", empty())
                    .body("parts[2].sections[4].blocks.find { it.id == 't3.5.1' }.notes", contains("ยังไม่มีข้อมูลสำหรับตารางนี้"))
                    // the other services' findings are still there, budget's and project's are not
                    .body("findings.source", not(hasItem("budget-service")))
                    .body("findings.source", not(hasItem("project-service")))
                    .body("findings.source", hasItems("school-service", "assessment-service"));
        } finally {
            StubUpstreams.get().fail("project", null);
            StubUpstreams.get().fail("budget", null);
        }
    }
}
