package org.khet.kit.webhook;

import io.smallrye.config.WithDefault;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The subscription filters and the retry schedule, plain JUnit. */
class WebhookFilterTest {

    @Test
    void typesMatchExactlyOrByWildcardAndAreasWhenListed() {
        WebhookFilter f = new WebhookFilter(List.of("assessment.*", "school.DistrictChanged.*", "budget.AllocationRecorded.v1"),
                List.of("5602", "5601"));
        assertTrue(f.matches("assessment.TestStatisticsPublished.v1", "5602"));
        assertTrue(f.matches("school.DistrictChanged.v2", "5601"));
        assertTrue(f.matches("budget.AllocationRecorded.v1", "5602"));
        assertFalse(f.matches("budget.AllocationRecorded.v2", "5602"), "an exact type is one version");
        assertFalse(f.matches("school.DistrictChangedLater.v1", "5602"), "a name's wildcard is that name only");
        assertFalse(f.matches("school.OrgUnitChanged.v1", "5602"));
        assertFalse(f.matches("assessment.TestStatisticsPublished.v1", "5603"), "another area");
        assertFalse(f.matches("assessment.TestDefined.v1", null), "an event of no area is not of a listed area");

        WebhookFilter everything = new WebhookFilter(List.of("*"), List.of());
        assertTrue(everything.matches("report.ReportGenerated.v1", null));
        assertTrue(everything.matches("school.SchoolRegistered.v1", "9999"));
    }

    @Test
    void patternsAreTypesOrWildcardsOfAService() {
        for (String ok : List.of("*", "assessment.*", "school.DistrictChanged.*", "school.DistrictChanged.v1")) {
            assertNull(WebhookFilter.patternProblem(ok), ok);
        }
        for (String bad : List.of("", "bogus", "school", "school.*.v1", "School.DistrictChanged.v1", "school.districtChanged.v1",
                "school.DistrictChanged.v0", "assessment*", "*.v1")) {
            assertNotNull(WebhookFilter.patternProblem(bad), bad);
        }
        assertTrue(WebhookFilter.patternProblem("nosuch.*").contains("names no service"));
    }

    @Test
    void urlsAreHttpOrHttpsWithAHost() {
        assertNull(Webhooks.urlProblem("https://obec.example/khet/events?from=khet"));
        assertNull(Webhooks.urlProblem("http://10.0.0.5:8080/hook"));
        assertNotNull(Webhooks.urlProblem("ftp://obec.example/hook"));
        assertNotNull(Webhooks.urlProblem("obec.example/hook"));
        assertNotNull(Webhooks.urlProblem("https:///hook"));
        assertNotNull(Webhooks.urlProblem("https://obec.example/hook#part"));
        assertNotNull(Webhooks.urlProblem("https://obec example/hook"));
    }

    @Test
    void backoffDoublesUpToItsCap() {
        Duration initial = Duration.ofMillis(100);
        Duration max = Duration.ofMillis(400);
        assertEquals(List.of(100L, 200L, 400L, 400L, 400L),
                List.of(1, 2, 3, 4, 5).stream().map(n -> WebhookDispatcher.backoff(n, initial, max).toMillis()).toList());
        assertEquals(Duration.ofMinutes(5), WebhookDispatcher.backoff(1000, Duration.ofSeconds(10), Duration.ofMinutes(5)));
    }

    /**
     * The defaults keep a subscriber that is down for a day from losing anything: the waits between the 300 attempts
     * are 10, 20, 40, 80 and 160 s (310 s) and then 294 × 300 s (88,200 s), 88,510 s ≈ 24.6 h before a dead letter,
     * and a subscriber back after an hour is tried again within 5 min.
     */
    @Test
    void theDefaultsRetryForMoreThanADay() throws Exception {
        assertEquals("10s", defaultOf("initialBackoff"));
        assertEquals("5m", defaultOf("maxBackoff"));
        assertEquals("300", defaultOf("maxAttempts"));
        long span = 0;
        for (int attempt = 1; attempt < 300; attempt++) {
            span += WebhookDispatcher.backoff(attempt, Duration.ofSeconds(10), Duration.ofMinutes(5)).toSeconds();
        }
        assertEquals(88_510, span);
        assertTrue(span >= Duration.ofHours(24).toSeconds());
    }

    private static String defaultOf(String method) throws NoSuchMethodException {
        return WebhookConfig.class.getMethod(method).getAnnotation(WithDefault.class).value();
    }
}
