package org.khet.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

@QuarkusTest
@QuarkusTestResource(StubServices.class)
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
        RouteTable.Target job = table.resolve("/api/v1/school/feed-jobs/3f2a").orElseThrow();
        assertEquals("school", job.service());
        assertEquals("/v1/feed-jobs/3f2a", job.path());
        assertEquals("/v1/schools/1", table.resolve("/api/v1/schools/1").orElseThrow().path());
        assertTrue(table.resolve("/api/v1/unknown").isEmpty());
        assertTrue(table.resolve("/v1/schools").isEmpty());
    }

    @Test
    void servicePathsMapBackToGatewayPaths() {
        assertEquals("/api/v1/schools/1", RouteTable.gatewayPath("school", "/v1/schools/1"));
        assertEquals("/api/v1/budget/changes", RouteTable.gatewayPath("budget", "/v1/changes"));
        assertEquals("/api/v1/project/feed-jobs/9", RouteTable.gatewayPath("project", "/v1/feed-jobs/9"));
    }
}
