package org.khet.gateway;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

@QuarkusTest
class RouteTableTest {
    @Inject
    RouteTable table;

    @Test
    void routesEachPathToItsOwningService() {
        assertEquals("school", table.resolve("/api/v1/areas/5602/summary").orElseThrow().service());
        assertEquals("assessment", table.resolve("/api/v1/areas/5602/tests").orElseThrow().service());
        assertEquals("budget", table.resolve("/api/v1/areas/5602/budget").orElseThrow().service());
        assertEquals("project", table.resolve("/api/v1/areas/5602/projects/summary").orElseThrow().service());
        assertEquals("report", table.resolve("/api/v1/reports/annual").orElseThrow().service());
        RouteTable.Target changes = table.resolve("/api/v1/budget/changes").orElseThrow();
        assertEquals("budget", changes.service());
        assertEquals("/v1/changes", changes.path());
        assertEquals("/v1/schools/1", table.resolve("/api/v1/schools/1").orElseThrow().path());
        assertTrue(table.resolve("/api/v1/unknown").isEmpty());
        assertTrue(table.resolve("/v1/schools").isEmpty());
    }

    @Test
    void unknownPathIsA404Problem() {
        given().get("/api/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("/api/v1/nothing-here"));
    }

    @Test
    void stoppedServiceIsA503ProblemNamingIt() {
        // nothing listens on the configured test port of the report service
        given().get("/api/v1/reports/annual").then().statusCode(503)
                .contentType("application/problem+json")
                .body("detail", containsString("report"));
    }
}
