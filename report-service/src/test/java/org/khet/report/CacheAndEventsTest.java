package org.khet.report;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.CloudEvent;
import org.khet.contracts.events.EventJson;
import org.khet.contracts.events.Topics;
import org.khet.report.events.CacheInvalidator;
import org.khet.report.render.ReportFormat;
import org.khet.report.service.ReportCache;
import org.khet.report.support.StubUpstreams;
import org.khet.report.support.StubUpstreamsResource;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Reports are cached per area, year and format; an event for the area and year on any service's topic drops
 * them; the same facts give the same bytes and the same strong ETag.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class CacheAndEventsTest {
    @Inject
    ReportCache cache;
    @Inject
    CacheInvalidator invalidator;

    private static Response annual(String area, String format) {
        return given().queryParam("area", area).queryParam("fiscalYear", "2566").queryParam("format", format)
                .get("/v1/reports/annual");
    }

    @Test
    void aSecondRequestIsServedFromTheCacheAndIfNoneMatchIs304() {
        String area = "7101";
        Response first = annual(area, "json");
        first.then().statusCode(200).header("X-Khet-Cache", "miss").header("ETag", matchesPattern("\"[0-9a-f]{32}\""));
        long budgetCalls = StubUpstreams.get().hits("budget", area);
        annual(area, "json").then().statusCode(200).header("X-Khet-Cache", "hit")
                .header("ETag", first.header("ETag"));
        assertEquals(budgetCalls, StubUpstreams.get().hits("budget", area), "the cache answered, not the services");
        // another format renders from the same composed report without calling the services again
        annual(area, "html").then().statusCode(200).header("X-Khet-Cache", "miss");
        assertEquals(budgetCalls, StubUpstreams.get().hits("budget", area));
        given().queryParam("area", area).queryParam("fiscalYear", "2566").header("If-None-Match", first.header("ETag"))
                .get("/v1/reports/annual").then().statusCode(304).header("ETag", first.header("ETag"))
                .body(emptyOrNullString());
        given().queryParam("area", area).queryParam("fiscalYear", "2566").header("If-None-Match", "\"stale\"")
                .get("/v1/reports/annual").then().statusCode(200);
    }

    @Test
    void concurrentColdRequestsComposeTheReportOnce() throws Exception {
        String area = "7105";
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            var calls = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (String format : new String[]{"json", "html", "docx", "xlsx", "json", "html"}) {
                calls.add(pool.submit(() -> annual(area, format).statusCode()));
            }
            for (var c : calls) {
                assertEquals(200, c.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, StubUpstreams.get().hits("budget", area), "one composition for six cold requests");
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("khet_report_requests_total"))
                .body(containsString("khet_report_compose_seconds"));
    }

    @Test
    void theSameFactsGiveTheSameBytesInEveryFormat() {
        String area = "7102";
        for (String format : new String[]{"json", "html", "docx", "xlsx"}) {
            Response a = annual(area, format);
            a.then().statusCode(200);
            cache.invalidate(area, Set.of());
            Response b = annual(area, format);
            b.then().statusCode(200).header("X-Khet-Cache", "miss");
            byte[] first = a.asByteArray();
            byte[] second = b.asByteArray();
            assertArrayEquals(first, second, () -> format + " is byte-stable; " + difference(first, second));
            assertEquals(a.header("ETag"), b.header("ETag"));
        }
        assertNotEquals(annual(area, "html").header("ETag"),
                given().queryParam("area", area).queryParam("fiscalYear", "2566").queryParam("format", "html")
                        .queryParam("thaiDigits", "true").get("/v1/reports/annual").header("ETag"),
                "Thai digits are another rendering");
    }

    @Test
    void anEventForTheAreaAndYearOnAnyTopicDropsTheCachedReport() throws Exception {
        String area = "7103";
        annual(area, "json").then().statusCode(200)
                .body(containsString("158845335.00"));
        annual(area, "json").then().header("X-Khet-Cache", "hit");
        // budget-service now has a new allocation: its summary changes, and it publishes an event
        String changed = StubUpstreams.fixture("budget.json").replace("12159000.00", "12259000.00");
        StubUpstreams.get().answer(area, "budget", "/v1/areas/{area}/budget?fiscalYear=2566", changed);
        annual(area, "json").then().header("X-Khet-Cache", "hit").body(not(containsString("12259000.00")));

        // an event for this area and fiscal year drops the entry
        publish(Topics.BUDGET, area, 2566, null);
        awaitMiss(area);
        annual(area, "json").then().statusCode(200).body(containsString("12259000.00"));

        // an academic-year event (school enrolment of 2565, which FY2566 reports) drops it too
        annual(area, "json").then().header("X-Khet-Cache", "hit");
        publish(Topics.SCHOOL, area, null, 2565);
        awaitMiss(area);
    }

    @Test
    void onlyEventsOfTheAreaAndOfTheYearsTheReportShowsDropIt() {
        String area = "7104";
        annual(area, "json").then().statusCode(200);
        annual(area, "docx").then().statusCode(200);
        assertEquals(0, invalidator.apply(event("7199", 2566, null)), "another area");
        assertEquals(0, invalidator.apply(event(area, 2560, null)), "a year the report does not show");
        annual(area, "json").then().header("X-Khet-Cache", "hit");
        // FY2567's report compares with FY2566, so a 2566 event drops 2566 and 2567; academic year 2564 is
        // "last year" in FY2566's test tables
        assertEquals(3, invalidator.apply(event(area, null, 2564)), "the composed report and both renderings");
        annual(area, "json").then().header("X-Khet-Cache", "miss");
        // an event without an area (national reference figures) drops that year for every area
        assertTrue(invalidator.apply(event(null, 2566, null)) >= 2);
        annual(area, "json").then().header("X-Khet-Cache", "miss");
    }

    /** Where two renderings differ: the first differing byte, and for a ZIP package each entry's size in both. */
    private static String difference(byte[] a, byte[] b) {
        int i = java.util.Arrays.mismatch(a, b);
        StringBuilder sb = new StringBuilder("lengths " + a.length + " / " + b.length + ", first difference at byte " + i);
        for (byte[] zip : new byte[][]{a, b}) {
            sb.append("; entries");
            try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
                for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    sb.append(' ').append(e.getName()).append('=').append(in.readAllBytes().length);
                }
            } catch (java.io.IOException e) {
                sb.append(" unreadable: ").append(e.getMessage());
            }
        }
        return sb.toString();
    }

    private void awaitMiss(String area) {
        await("the cached report of " + area + " dropped after the event").atMost(Duration.ofSeconds(60))
                .until(() -> cache.rendered(new ReportCache.Key(area, 2566, ReportFormat.JSON, new org.khet.report.render.RenderOptions(false).draft(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Bangkok"))), org.khet.report.domain.Lang.TH)) == null);
    }

    private static CloudEvent event(String area, Integer fiscalYear, Integer academicYear) {
        return new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), "/khet/test",
                "budget.ExecutionReported.v1", area + "-" + fiscalYear, OffsetDateTime.now(), "application/json",
                area, fiscalYear, academicYear, "ผู้ทดสอบ", EventJson.MAPPER.createObjectNode().put("areaCode", area));
    }

    private static void publish(String topic, String area, Integer fiscalYear, Integer academicYear) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.broker().bootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            CloudEvent e = event(area, fiscalYear, academicYear);
            producer.send(new ProducerRecord<>(topic, e.subject(), EventJson.write(e))).get(30, TimeUnit.SECONDS);
        }
    }
}
