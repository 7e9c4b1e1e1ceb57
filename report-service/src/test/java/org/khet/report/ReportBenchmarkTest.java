package org.khet.report;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.khet.report.service.ReportCache;
import org.khet.report.support.StubUpstreamsResource;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.util.Arrays;
import java.util.Set;

import static io.restassured.RestAssured.given;

/**
 * One area's report, cold (cache dropped: the services are called, the report composed and rendered) and warm
 * (from the cache), per format, over HTTP against the stub upstreams. Run with {@code -DbenchReport=true}.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class ReportBenchmarkTest {
    @Inject
    ReportCache cache;

    @Test
    void oneAreaColdAndWarm() {
        Assumptions.assumeTrue(Boolean.getBoolean("benchReport"), "benchmark runs with -DbenchReport=true");
        String area = "7301";
        int coldRuns = Integer.getInteger("benchReport.cold", 20);
        int warmRuns = Integer.getInteger("benchReport.warm", 200);
        for (String format : new String[]{"json", "html", "docx", "xlsx"}) {
            for (int i = 0; i < 5; i++) {
                cache.invalidate(area, Set.of());
                fetch(area, format);
            }
            long[] cold = new long[coldRuns];
            for (int i = 0; i < coldRuns; i++) {
                cache.invalidate(area, Set.of());
                long t = System.nanoTime();
                int size = fetch(area, format);
                cold[i] = System.nanoTime() - t;
                if (i == 0) {
                    System.out.printf("BENCH %s size %,d bytes%n", format, size);
                }
            }
            long[] warm = new long[warmRuns];
            for (int i = 0; i < warmRuns; i++) {
                long t = System.nanoTime();
                fetch(area, format);
                warm[i] = System.nanoTime() - t;
            }
            System.out.printf("BENCH %-4s cold: median %6.1f ms  p95 %6.1f ms | warm: median %5.1f ms  p95 %5.1f ms%n",
                    format, ms(cold, 50), ms(cold, 95), ms(warm, 50), ms(warm, 95));
        }
    }

    private static int fetch(String area, String format) {
        return given().queryParam("area", area).queryParam("fiscalYear", "2566").queryParam("format", format)
                .get("/v1/reports/annual").then().statusCode(200).extract().asByteArray().length;
    }

    private static double ms(long[] nanos, int percentile) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        int i = Math.min(s.length - 1, (int) Math.ceil(percentile / 100.0 * s.length) - 1);
        return s[Math.max(0, i)] / 1e6;
    }
}
