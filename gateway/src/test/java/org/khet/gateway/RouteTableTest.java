package org.khet.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/** The declared table of owned prefixes (application.properties) against the services' real paths. */
@QuarkusTest
@QuarkusTestResource(StubServices.class)
class RouteTableTest {
    @Inject
    RouteTable table;

    @Inject
    GatewayConfig config;

    /**
     * Every path the regular-expression routes sent somewhere (one or more per alternative of each, taken from the
     * services' resources) goes to the same service and the same upstream path.
     */
    @Test
    void everyPathOfTheEarlierRoutesGoesWhereItWent() {
        String[][] cases = {
                // gateway path (after /api), service, upstream path
                {"/v1/budget/changes", "budget", "/v1/changes"},
                {"/v1/school/changes", "school", "/v1/changes"},
                {"/v1/report/changes", "report", "/v1/changes"},
                {"/v1/assessment/feed-jobs/3f2a", "assessment", "/v1/feed-jobs/3f2a"},
                {"/v1/project/feed-jobs/9", "project", "/v1/feed-jobs/9"},
                {"/v1/areas/5602/summary", "school", null},
                {"/v1/areas/5602/summary/reported-figures", "school", null},
                {"/v1/areas/5602/districts", "school", null},
                {"/v1/areas/5602/networks", "school", null},
                {"/v1/areas/5602/schools", "school", null},
                {"/v1/areas/5602/staff", "school", null},
                {"/v1/areas/5602/offices", "school", null},
                {"/v1/areas/5602/offices/5602-00-01", "school", null},
                {"/v1/areas/5602/admissions", "school", null},
                {"/v1/areas/5602/transitions", "school", null},
                {"/v1/areas", "school", null},
                {"/v1/areas/5602", "school", null},
                {"/v1/districts/5602-01", "school", null},
                {"/v1/networks/5602-N01/members/1056020001", "school", null},
                {"/v1/schools", "school", null},
                {"/v1/schools/1056020001/status-history", "school", null},
                {"/v1/enrolment-rounds/1056020001/2566/1", "school", null},
                {"/v1/enrolment-rounds/feed", "school", null},
                {"/v1/staffing/feed", "school", null},
                {"/v1/office-staff/7", "school", null},
                {"/v1/admissions/feed", "school", null},
                {"/v1/transitions/feed", "school", null},
                {"/v1/org/obec/contains/1056020001", "school", null},
                {"/v1/areas/5602/tests", "assessment", null},
                {"/v1/areas/5602/evaluations", "assessment", null},
                {"/v1/test-catalogue/ONET-P6", "assessment", null},
                {"/v1/test-statistics/comparisons/feed", "assessment", null},
                {"/v1/frameworks/QP", "assessment", null},
                {"/v1/rubrics/QP-1", "assessment", null},
                {"/v1/evaluations/feed", "assessment", null},
                {"/v1/areas/5602/budget", "budget", null},
                {"/v1/areas/5602/budget/findings", "budget", null},
                {"/v1/areas/5602/budget/curve", "budget", null},
                {"/v1/budget-categories/PERSONNEL", "budget", null},
                {"/v1/fiscal-years/2566", "budget", null},
                {"/v1/allocations/feed", "budget", null},
                {"/v1/execution-reports/12", "budget", null},
                {"/v1/operating-plans/5602/2566", "budget", null},
                {"/v1/areas/5602/projects", "project", null},
                {"/v1/areas/5602/projects/results/feed", "project", null},
                {"/v1/areas/5602/strategic-plan/2566", "project", null},
                {"/v1/projects/12/photos/3", "project", null},
                {"/v1/strategic-plans", "project", null},
                {"/v1/reports/annual", "report", null},
                {"/v1/reports/findings", "report", null},
        };
        List<String> wrong = new ArrayList<>();
        for (String[] c : cases) {
            String upstream = c[2] == null ? c[0] : c[2];
            Optional<RouteTable.Target> t = table.resolve("/api" + c[0]);
            if (t.isEmpty() || !t.get().service().equals(c[1]) || !t.get().path().equals(upstream)
                    || !t.get().base().equals(config.services().get(c[1]))) {
                wrong.add(c[0] + " → " + t.map(x -> x.service() + " " + x.path()).orElse("nothing") + ", not " + c[1] + " " + upstream);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void anEndpointAddedUnderAnOwnedPrefixNeedsNoConfiguration() {
        assertEquals("budget", table.resolve("/api/v1/areas/5602/budget/forecast").orElseThrow().service());
        assertEquals("school", table.resolve("/api/v1/areas/5602/teachers").orElseThrow().service());
        assertEquals("assessment", table.resolve("/api/v1/areas/5602/tests/ONET-P6/schools").orElseThrow().service());
        assertEquals("project", table.resolve("/api/v1/projects/12/milestones").orElseThrow().service());
        RouteTable.Target quarterly = table.resolve("/api/v1/reports/quarterly").orElseThrow();
        assertEquals("report", quarterly.service());
        assertEquals("/v1/reports/quarterly", quarterly.path());
    }

    @Test
    void aPathNoServiceOwnsResolvesToNothing() {
        for (String path : List.of("/api/v1/unknown", "/api/v1", "/api/v2/schools", "/v1/schools",
                "/api/v1/org-replica/5602", "/api/v1/organisations", "/api/v1/nobody/changes", "/api/v1/changes")) {
            assertTrue(table.resolve(path).isEmpty(), path);
        }
    }

    @Test
    void servicePathsMapBackToGatewayPaths() {
        assertEquals("/api/v1/schools/1", table.gatewayPath("school", "/v1/schools/1"));
        assertEquals("/api/v1/budget/changes", table.gatewayPath("budget", "/v1/changes"));
        assertEquals("/api/v1/project/feed-jobs/9", table.gatewayPath("project", "/v1/feed-jobs/9"));
        assertEquals(Optional.of("/api/v1/areas/{areaCode}/budget"), table.routedPath("budget", "/v1/areas/{areaCode}/budget"));
        assertEquals(Optional.of("/api/v1/report/feed-jobs/{id}"), table.routedPath("report", "/v1/feed-jobs/{id}"));
        assertEquals(Optional.empty(), table.routedPath("school", "/v1/areas/{code}/budget"), "budget's, not school's");
        assertEquals(Optional.empty(), table.routedPath("budget", "/v1/org-replica/{code}"), "not routed at all");
    }
}
