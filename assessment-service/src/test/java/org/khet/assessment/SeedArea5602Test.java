package org.khet.assessment;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.Topics;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.TopicReader;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Loads the seed report's figures for Phayao 2 (area 5602) through the public API, from the same files the demo
 * uses, and checks the computed tables against the figures the report prints — and that where the report
 * disagrees with itself, the disagreement comes out as a finding.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class SeedArea5602Test {
    static boolean loaded;

    static byte[] file(String name) {
        try (InputStream in = SeedArea5602Test.class.getResourceAsStream("/seed-5602/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        Directory.phayao2();
        List<Map<String, Object>> frameworks = JsonPath.from(new String(file("frameworks.json"), java.nio.charset.StandardCharsets.UTF_8)).getList("$");
        for (Map<String, Object> fw : frameworks) {
            given().contentType(ContentType.JSON).body(fw).put("/v1/frameworks/" + fw.get("code"))
                    .then().statusCode(anyOf(is(201), is(200)));
        }
        given().contentType("text/csv").body(file("test-statistics.csv")).post("/v1/test-statistics/feed")
                .then().statusCode(200);
        given().contentType("text/csv").body(file("test-comparisons.csv")).post("/v1/test-statistics/comparisons/feed")
                .then().statusCode(200);
        given().contentType("text/csv").body(file("evaluations.csv")).post("/v1/evaluations/feed")
                .then().statusCode(200);
    }

    static JsonPath tests() {
        return JsonPath.from(keep("tests-2565.json",
                given().get("/v1/areas/5602/tests?academicYear=2565").then().statusCode(200).extract().asString()));
    }

    static JsonPath evaluations() {
        return JsonPath.from(keep("evaluations-2566.json",
                given().get("/v1/areas/5602/evaluations?fiscalYear=2566").then().statusCode(200).extract().asString()));
    }

    /** Keeps the computed tables under target/ for a reader to look at. */
    static String keep(String name, String json) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target", "seed-5602");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.writeString(dir.resolve(name), json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return json;
    }

    static float f(JsonPath j, String path) {
        return j.getFloat(path);
    }

    @Test
    void onetGrade6TableMatchesTheReport() {
        JsonPath j = tests();
        String t = "tests.find { it.test == 'ONET-P6' }";
        assertEquals(1072, j.getInt(t + ".takers"));
        assertEquals(List.of("61", "63", "64", "65"), j.getList(t + ".subjects.code"));
        assertEquals(List.of(57.38f, 36.47f, 29.98f, 41.49f), j.getList(t + ".subjects.area", Float.class));
        assertEquals(List.of(4.58f, 2.90f, 3.46f, 3.59f), j.getList(t + ".subjects.diffObec", Float.class));
        assertEquals(List.of(3.49f, -1.15f, 1.92f, 2.15f), j.getList(t + ".subjects.diffNation", Float.class));
        assertEquals(41.33f, f(j, t + ".overall.area"));
        assertEquals(37.70f, f(j, t + ".overall.obec"));
        assertEquals(3.63f, f(j, t + ".overall.diffObec"));
        assertEquals(39.73f, f(j, t + ".overall.nation"));
        assertEquals(1.60f, f(j, t + ".overall.diffNation"));
        assertEquals(43.33f, f(j, t + ".overall.previous"));
        assertEquals(-2.00f, f(j, t + ".overall.yoyDifference"));
        // year over year joined by subject code: maths 2565 is 29.98 (not the 36.47 the printed table put beside it)
        assertEquals(29.98f, f(j, t + ".subjects.find { it.code == '64' }.area"));
        assertEquals(39.04f, f(j, t + ".subjects.find { it.code == '64' }.previous"));
        assertEquals(-9.06f, f(j, t + ".subjects.find { it.code == '64' }.yoyDifference"));
        assertEquals(1.85f, f(j, t + ".subjects.find { it.code == '61' }.yoyDifference"));
    }

    @Test
    void onetGrade9NtAndRtMatchTheReport() {
        JsonPath j = tests();
        String m3 = "tests.find { it.test == 'ONET-M3' }";
        assertEquals(257, j.getInt(m3 + ".takers"));
        assertEquals(List.of(2.72f, -2.79f, -2.13f, 1.08f), j.getList(m3 + ".subjects.diffObec", Float.class));
        assertEquals(List.of(3.68f, -3.09f, -1.86f, 1.43f), j.getList(m3 + ".subjects.diffNation", Float.class));
        assertEquals(35.72f, f(j, m3 + ".overall.area"));
        assertEquals(36.00f, f(j, m3 + ".overall.obec"));
        assertEquals(-0.28f, f(j, m3 + ".overall.diffObec"));
        assertEquals(0.04f, f(j, m3 + ".overall.diffNation"));
        assertEquals(1.06f, f(j, m3 + ".overall.yoyDifference"));
        String nt = "tests.find { it.test == 'NT-P3' }";
        assertEquals(52.07f, f(j, nt + ".overall.area"));
        assertEquals(52.07f, f(j, nt + ".overall.obec"));
        assertEquals(52.49f, f(j, nt + ".overall.nation"), "(49.12 + 55.86) / 2; the report prints 52.50");
        assertEquals(-0.79f, f(j, nt + ".subjects.find { it.code == 'THAI' }.yoyDifference"));
        assertEquals(0.34f, f(j, nt + ".subjects.find { it.code == 'MATH' }.yoyDifference"), "48.64 − 48.30; the report prints 0.61");
        assertEquals(-0.22f, f(j, nt + ".overall.yoyDifference"));
        String rt = "tests.find { it.test == 'RT-P1' }";
        assertEquals(75.77f, f(j, rt + ".overall.area"));
        assertEquals(77.22f, f(j, rt + ".overall.obec"));
        assertEquals(List.of(-0.86f, 5.14f), j.getList(rt + ".subjects.yoyDifference", Float.class));
        assertEquals(2.14f, f(j, rt + ".overall.yoyDifference"));
        assertEquals(List.of("ONET-P6", "ONET-M3", "NT-P3", "RT-P1"), j.getList("tests.test"), "in the report's order");
    }

    @Test
    void theReportsInconsistenciesInTheTestTablesAreFindings() {
        List<Map<String, Object>> findings = tests().getList("findings");
        // the mislabelled year-over-year rows: 3 subjects × (current figure, difference) × 2 grades
        long mislabelled = findings.stream().filter(x -> String.valueOf(x.get("messageEn")).contains("label does not match")).count();
        assertEquals(6, mislabelled, findings.toString());
        assertTrue(findings.stream().anyMatch(x -> "assessment.comparison-current".equals(x.get("code"))
                && "64 คณิตศาสตร์".equals(x.get("row")) && "ปีการศึกษา 2565".equals(x.get("column"))
                && "36.47".equals(x.get("reported")) && "29.98".equals(x.get("computed"))
                && String.valueOf(x.get("messageTh")).contains("63 ภาษาอังกฤษ")
                && String.valueOf(x.get("messageEn")).contains("63 ภาษาอังกฤษ")), findings.toString());
        assertTrue(findings.stream().anyMatch(x -> "64 คณิตศาสตร์".equals(x.get("row")) && "ผลต่าง".equals(x.get("column"))
                && "-2.57".equals(x.get("reported")) && "-9.06".equals(x.get("computed"))));
        assertTrue(findings.stream().allMatch(x -> "assessment-service".equals(x.get("source"))
                && "test".equals(((Map<?, ?>) x.get("subject")).get("kind"))), findings.toString());
        assertTrue(findings.stream().anyMatch(x -> String.valueOf(x.get("table")).contains("NT")
                && "0.61".equals(x.get("reported")) && "0.34".equals(x.get("computed"))), "NT maths difference");
        assertTrue(findings.stream().anyMatch(x -> "52.50".equals(x.get("reported")) && "52.49".equals(x.get("computed"))
                && "minor".equals(x.get("severity"))), "NT national mean");
        assertTrue(findings.stream().anyMatch(x -> "77.28".equals(x.get("reported")) && "77.29".equals(x.get("computed"))),
                "RT national mean");
        assertEquals(15, findings.size(), findings.toString());
    }

    @Test
    void evaluationsMatchTheReport() {
        JsonPath j = evaluations();
        assertEquals(List.of("QP-2566", "AP-2566", "ESAO-STD-2560", "ITA-2566", "KRS-2566"), j.getList("frameworks.code"));
        String qp = "frameworks.find { it.code == 'QP-2566' }";
        assertEquals(3.79f, f(j, qp + ".average"));
        assertEquals("ดีมาก", j.getString(qp + ".averageLabel"));
        assertEquals(12, j.getInt(qp + ".counted"));
        assertEquals(1, j.getInt(qp + ".excluded.NOT_APPLICABLE"));
        assertEquals(2.50f, f(j, qp + ".indicators.find { it.code == '1' }.score"));
        assertEquals("rounds", j.getString(qp + ".indicators.find { it.code == '1' }.scoreSource"));
        assertEquals("พอใช้", j.getString(qp + ".indicators.find { it.code == '1' }.label"), "the reported level is kept");
        assertEquals("ดี", j.getString(qp + ".indicators.find { it.code == '1' }.rubricLabel"));
        assertEquals("ดีมาก", j.getString(qp + ".indicators.find { it.code == '2' }.label"));
        assertEquals("NOT_APPLICABLE", j.getString(qp + ".indicators.find { it.code == '6b' }.state"));

        String ap = "frameworks.find { it.code == 'AP-2566' }";
        assertEquals(4.20f, f(j, ap + ".average"));
        assertEquals("ดีมาก", j.getString(ap + ".averageLabel"));
        assertEquals(5, j.getInt(ap + ".counted"));
        assertEquals(4, j.getInt(ap + ".targets.achieved"));
        assertEquals(1, j.getInt(ap + ".targets.pending"));
        assertEquals("ACHIEVED", j.getString(ap + ".indicators.find { it.code == '2' }.outcome"));

        String std = "frameworks.find { it.code == 'ESAO-STD-2560' }";
        assertEquals(3.96f, f(j, std + ".average"));
        assertEquals(4, j.getInt(std + ".averageLevel"));
        assertEquals("ดีมาก", j.getString(std + ".reportedAverageLabel"));
        assertEquals(5.00f, f(j, std + ".indicators.find { it.code == '3.2' }.score"));
        assertEquals("children", j.getString(std + ".indicators.find { it.code == '3.3' }.scoreSource"));
        assertEquals(3.50f, f(j, std + ".indicators.find { it.code == '3.3' }.score"));
        assertEquals(1, j.getInt(std + ".excluded.MONITORED_NOT_EVALUATED"));

        String ita = "frameworks.find { it.code == 'ITA-2566' }.indicators[0]";
        assertEquals(97.14f, f(j, ita + ".score"));
        assertEquals("AA", j.getString(ita + ".grade"));
        assertTrue(j.getBoolean(ita + ".passes"));
        assertEquals(123, j.getInt(ita + ".rank"));
        assertEquals(245, j.getInt(ita + ".rankOf"));
        assertEquals(-0.11f, f(j, ita + ".change"));
        assertEquals("PENDING", j.getString("frameworks.find { it.code == 'KRS-2566' }.indicators[0].state"));
    }

    @Test
    void theReportsInconsistenciesInTheEvaluationsAreFindings() {
        List<Map<String, Object>> findings = evaluations().getList("findings");
        assertTrue(findings.stream().anyMatch(x -> String.valueOf(x.get("table")).contains("Quick Policy")
                && "ตัวชี้วัดที่ 1".equals(x.get("row")) && "คำอธิบายระดับคุณภาพ".equals(x.get("column"))
                && String.valueOf(x.get("reported")).equals("2.50 → พอใช้") && String.valueOf(x.get("computed")).equals("2.50 → ดี")),
                findings.toString());
        assertTrue(findings.stream().anyMatch(x -> String.valueOf(x.get("table")).contains("Action Plan")
                && "4.21".equals(x.get("reported")) && "4.20".equals(x.get("computed"))), "AP average");
        assertTrue(findings.stream().anyMatch(x -> "มาตรฐานที่ 1 (1)".equals(x.get("row")) && "ระดับคุณภาพ".equals(x.get("column"))
                && String.valueOf(x.get("computed")).startsWith("3.50")), "standard 1 reported 5, its indicators give 3.50");
        assertEquals(3, findings.size(), findings.toString());
    }

    @Test
    void resendingTheFeedsChangesNothing() {
        long before = given().get("/v1/test-statistics?size=1").then().extract().jsonPath().getLong("total");
        given().contentType("text/csv").body(file("test-statistics.csv")).post("/v1/test-statistics/feed")
                .then().statusCode(200).body("replayed", is(true));
        given().contentType("text/csv").body(file("evaluations.csv")).post("/v1/evaluations/feed")
                .then().statusCode(200).body("replayed", is(true));
        assertEquals(before, given().get("/v1/test-statistics?size=1").then().extract().jsonPath().getLong("total"));
        assertEquals(41.33f, f(tests(), "tests.find { it.test == 'ONET-P6' }.overall.area"));
    }

    @Test
    void everyWriteIsAnEventOnKafka() {
        var got = TopicReader.await(KafkaResource.broker().bootstrapServers(), Topics.ASSESSMENT,
                e -> e.type().equals("assessment.IndicatorScored.v1") && "5602".equals(e.areacode())
                        && "QP-2566".equals(e.data().get("frameworkCode").asText()) && "1".equals(e.data().get("indicatorCode").asText()),
                3, Duration.ofSeconds(60));
        assertEquals(3, got.size(), "6m, 12m and the indicator's own row");
        assertEquals(2566, got.get(0).event().fiscalyear());
        var stats = TopicReader.await(KafkaResource.broker().bootstrapServers(), Topics.ASSESSMENT,
                e -> e.type().equals("assessment.TestStatisticsPublished.v1") && "ONET-P6:2565:AREA:5602".equals(e.subject()),
                1, Duration.ofSeconds(60));
        assertEquals(1, stats.size());
        assertEquals(5, stats.get(0).event().data().get("subjects").size(), "4 subjects and the printed overall mean");
        assertEquals(2565, stats.get(0).event().academicyear());

        // a year-over-year row as printed: the mislabelled maths row keeps the printed figures
        var printed = TopicReader.await(KafkaResource.broker().bootstrapServers(), Topics.ASSESSMENT,
                e -> e.type().equals("assessment.TestComparisonReported.v1") && "ONET-P6:2565:5602".equals(e.subject())
                        && "64".equals(e.data().get("subjectCode").asText()), 1, Duration.ofSeconds(60));
        assertEquals(1, printed.size());
        assertEquals("ONET-P6:2565:5602", printed.get(0).key());
        var row = printed.get(0).event().data();
        assertEquals("5602", row.get("areaCode").asText());
        assertEquals("ONET-P6", row.get("testCode").asText());
        assertEquals(2565, row.get("academicYear").asInt());
        assertEquals(2564, row.get("previousYear").asInt());
        assertEquals("36.47", new java.math.BigDecimal(row.get("meanPercent").asText()).setScale(2).toPlainString());
        assertEquals("39.04", new java.math.BigDecimal(row.get("previousMean").asText()).setScale(2).toPlainString());
        assertEquals("-2.57", new java.math.BigDecimal(row.get("difference").asText()).setScale(2).toPlainString());

        var framework = TopicReader.await(KafkaResource.broker().bootstrapServers(), Topics.ASSESSMENT,
                e -> e.type().equals("assessment.FrameworkDefined.v1") && "QP-2566".equals(e.subject()), 1, Duration.ofSeconds(60));
        assertFalse(framework.isEmpty());
        assertEquals("QP-2566", framework.get(0).key());
        var fw = framework.get(0).event().data();
        assertEquals("QP", fw.get("family").asText());
        assertEquals(2566, fw.get("fiscalYear").asInt());
        assertEquals("OBEC-5LEVEL", fw.get("rubricCode").asText());
        assertEquals(13, fw.get("indicators").size());
        assertEquals("1", fw.get("indicators").get(0).get("code").asText());
        assertEquals("ROUNDS", fw.get("indicators").get(0).get("kind").asText());
    }
}
