package org.khet.gateway;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The owned-prefix rules on small tables: longest prefix, literal over '*', whole segments, and refused tables. */
class RouteTableRulesTest {
    private static final Map<String, URI> SERVICES = Map.of("a", URI.create("http://127.0.0.1:1"),
            "b", URI.create("http://127.0.0.1:2"), "c", URI.create("http://127.0.0.1:3"));

    private static String service(RouteTable table, String path) {
        return table.resolve(path).map(RouteTable.Target::service).orElse("none");
    }

    @Test
    void theLongestPrefixWinsAndALiteralBeatsAWildcardOfTheSameLength() {
        RouteTable t = new RouteTable(SERVICES, Map.of(
                "a", List.of("/v1/areas"),
                "b", List.of("/v1/areas/*/budget"),
                "c", List.of("/v1/areas/{code}/budget/curve", "/v1/areas/5602")), List.of());
        assertEquals("a", service(t, "/api/v1/areas"));
        assertEquals("a", service(t, "/api/v1/areas/5601"));
        assertEquals("a", service(t, "/api/v1/areas/5601/budgetary"), "a prefix matches whole segments");
        assertEquals("b", service(t, "/api/v1/areas/5601/budget"));
        assertEquals("b", service(t, "/api/v1/areas/5601/budget/findings"));
        assertEquals("c", service(t, "/api/v1/areas/5601/budget/curve/2566"), "{code} is a wildcard like *");
        assertEquals("c", service(t, "/api/v1/areas/5602"), "the literal 5602 beats a's shorter prefix");
        assertEquals("c", service(t, "/api/v1/areas/5602/schools"), "… and everything below it");
        assertEquals("b", service(t, "/api/v1/areas/5602/budget"), "a longer wildcard prefix beats a shorter literal one");
        assertEquals("a", service(t, "/api/v1/areas/"), "a trailing slash goes no deeper");
        assertEquals("none", service(t, "/api/v1/area"));
    }

    @Test
    void perServicePathsCarryTheServicesName() {
        RouteTable t = new RouteTable(SERVICES, Map.of("a", List.of("/v1/things")), List.of("/v1/changes", "/v1/feed-jobs"));
        RouteTable.Target job = t.resolve("/api/v1/b/feed-jobs/7").orElseThrow();
        assertEquals("b", job.service());
        assertEquals("/v1/feed-jobs/7", job.path());
        assertEquals("/v1/changes", t.resolve("/api/v1/c/changes").orElseThrow().path());
        assertEquals("/api/v1/c/feed-jobs/7", t.gatewayPath("c", "/v1/feed-jobs/7"));
        assertEquals("/api/v1/c/changes", t.gatewayPath("c", "/v1/changes"));
        assertEquals("/api/v1/changes-of-heart", t.gatewayPath("c", "/v1/changes-of-heart"));
        assertTrue(t.resolve("/api/v1/changes").isEmpty());
    }

    @Test
    void aTableThatCannotRouteIsRefusedAtStart() {
        IllegalStateException twice = assertThrows(IllegalStateException.class, () -> new RouteTable(SERVICES,
                Map.of("a", List.of("/v1/areas/*/tests"), "b", List.of("/v1/areas/{areaCode}/tests")), List.of()));
        assertTrue(twice.getMessage().contains("claimed by both a") && twice.getMessage().endsWith("and b"), twice.getMessage());
        IllegalStateException unknown = assertThrows(IllegalStateException.class, () -> new RouteTable(SERVICES,
                Map.of("x", List.of("/v1/x")), List.of()));
        assertTrue(unknown.getMessage().contains("unknown service 'x'"), unknown.getMessage());
        for (String bad : List.of("v1/x", "/", "/v1/x/", "/v1//x", "/v1/x*", "/v1/x?y=1")) {
            assertThrows(IllegalStateException.class, () -> new RouteTable(SERVICES, Map.of("a", List.of(bad)), List.of()), bad);
        }
        assertThrows(IllegalStateException.class, () -> new RouteTable(SERVICES, Map.of("a", List.of("/v1/b/changes")),
                List.of("/v1/changes")), "a's prefix is b's change feed");
    }
}
