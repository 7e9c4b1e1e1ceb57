package org.khet.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.khet.report.support.StubUpstreamsResource;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The English report (?lang=en, ADR 0027) speaks English: its headings, column headers, notes, status words, the
 * findings' messages and the renderers' own words. Thai is allowed only where the data holds it (the fixtures' names
 * of the area, districts, schools, people, projects and the office's own words): every run of Thai the report prints
 * must be found in an upstream answer.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class EnglishReportTest {
    /** A run of Thai: Thai words with the spaces, digits and dots between them (a comma or a slash ends it: names in a list). */
    private static final Pattern THAI_RUN = Pattern.compile("[\\u0E00-\\u0E7F]+(?:[ .()\\-–0-9]*[\\u0E00-\\u0E7F]+)*");
    private static final Pattern THAI = Pattern.compile("[\\u0E00-\\u0E7F]");

    /** Every string the stubbed services answer, one per line: what the report may print in Thai. */
    private static String data() throws Exception {
        StringBuilder all = new StringBuilder();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/fixtures/5602"))) {
            for (Path f : files.toList()) {
                collect(json.readTree(f.toFile()), all);
            }
        }
        return all.toString();
    }

    private static void collect(JsonNode n, StringBuilder all) {
        if (n.isTextual()) {
            all.append(n.asText()).append('\n');
        }
        n.forEach(c -> collect(c, all));
    }

    /** The printed text, one line per element: a run of Thai never joins two cells or two list items. */
    private static String lines(String html) {
        return html.substring(html.indexOf("<body>"))
                .replaceAll("(?s)<svg.*?</svg>", "\n")
                .replaceAll("<[^>]+>", "\n")
                .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'");
    }

    private static Set<String> thaiNotInData(String text, String data) {
        Set<String> out = new TreeSet<>();
        Matcher m = THAI_RUN.matcher(text);
        while (m.find()) {
            if (!data.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }

    private static String annual(String lang, String format) {
        return given().queryParam("area", "5602").queryParam("fiscalYear", "2566").queryParam("format", format)
                .queryParam("lang", lang).get("/v1/reports/annual").then().statusCode(200).extract().asString();
    }

    @Test
    void theEnglishHtmlPrintsThaiOnlyWhereTheDataHoldsIt() throws Exception {
        String html = annual("en", "html");
        assertEquals(Set.of(), thaiNotInData(lines(html), data()),
                "Thai in the English report that no upstream answer holds (the report's own words)");
        assertTrue(html.contains("<html lang=\"en\">"));
        // the chrome: cover, contents, source line, copy line, project pages' labels
        for (String chrome : List.of("Annual Report", "Fiscal Year 2566 B.E.", "Office of the Basic Education Commission",
                "Contents", "Source: Schools and staff", "Draft as of ", "Budget", "baht", "Appendix",
                "Data-quality findings")) {
            assertTrue(html.contains(chrome), "the English report prints '" + chrome + "'");
        }
        // dates in the Common Era, years in the Buddhist era as the report's own note says
        assertTrue(html.contains("Data as of 10 June 2023"), "the as-of date of Table 1.1.1");
        assertTrue(html.contains("fiscal year 2566 B.E. runs from 1 October 2022 to 30 September 2023"));
        assertFalse(html.contains("ACHIEVED"));
        assertTrue(html.contains("<title>Annual Report, Fiscal Year 2566 B.E. "), "the document's title");
    }

    @Test
    void theEnglishModelsHeadingsAndColumnHeadersAreEnglish() throws Exception {
        JsonNode r = new ObjectMapper().readTree(annual("en", "json"));
        assertEquals("en", r.get("lang").asText());
        String data = data();
        List<String> own = new ArrayList<>();
        own.add(r.get("title").asText());
        for (JsonNode part : r.get("parts")) {
            own.add(part.get("title").asText());
            for (JsonNode section : part.get("sections")) {
                own.add(section.get("title").asText());
                for (JsonNode b : section.get("blocks")) {
                    if (b.get("kind").asText().equals("table")) {
                        own.add(b.get("title").asText());
                        b.get("columns").forEach(c -> own.add(c.get("header").asText()));
                        b.get("notes").forEach(n -> own.add(n.asText()));
                    } else if (b.hasNonNull("title") && !b.get("kind").asText().equals("project")) {
                        own.add(b.get("title").asText());
                    } else if (b.hasNonNull("label")) {
                        own.add(b.get("label").asText());
                    }
                }
            }
        }
        Set<String> thai = new TreeSet<>();
        for (String s : own) {
            thai.addAll(thaiNotInData(s, data));
        }
        assertEquals(Set.of(), thai, "Thai of the report's own in the English model's headings, headers and notes");
        assertTrue(own.contains("1.1.2 Students by district"));
        assertTrue(own.contains("Boys"));
    }

    @Test
    void theEnglishFindingsAnnexPrintsTheFindingsEnglishMessages() throws Exception {
        JsonNode r = new ObjectMapper().readTree(annual("en", "json"));
        JsonNode annex = null;
        for (JsonNode part : r.get("parts")) {
            for (JsonNode section : part.get("sections")) {
                if (section.get("id").asText().equals("a-findings")) {
                    annex = section.get("blocks").get(0);
                }
            }
        }
        assertEquals("Data-quality findings", r.at("/parts").findValues("sections").stream()
                .flatMap(s -> java.util.stream.StreamSupport.stream(s.spliterator(), false))
                .filter(s -> s.get("id").asText().equals("a-findings")).findFirst().orElseThrow().get("title").asText());
        int message = 8;
        JsonNode findings = r.get("findings");
        assertEquals(findings.size(), annex.get("rows").size());
        for (int i = 0; i < findings.size(); i++) {
            String printed = annex.get("rows").get(i).get("cells").get(message).asText();
            String en = findings.get(i).get("messageEn").asText();
            // the English message as the service wrote it, its amounts with thousands separators (530,523.00)
            assertEquals(en.replace(",", ""), printed.replace(",", ""));
        }
        // the same findings in both languages
        JsonNode th = new ObjectMapper().readTree(annual("th", "json"));
        assertEquals(th.get("findings"), findings);
    }

    @Test
    void everyFormatAnswersInBothLanguages() {
        for (String lang : List.of("th", "en")) {
            for (String format : List.of("json", "html", "docx", "xlsx", "pdf")) {
                given().queryParam("area", "5602").queryParam("fiscalYear", "2566").queryParam("format", format)
                        .queryParam("lang", lang).get("/v1/reports/annual").then().statusCode(200);
            }
        }
        given().queryParam("area", "5602").queryParam("fiscalYear", "2566").queryParam("format", "docx")
                .queryParam("lang", "en").get("/v1/reports/annual").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"khet-annual-report-5602-2566-en.docx\""));
    }

    @Test
    void anUnknownLanguageIsAProblemNamingLang() {
        given().queryParam("area", "5602").queryParam("fiscalYear", "2566").queryParam("lang", "xx")
                .get("/v1/reports/annual").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("lang"));
    }

    @Test
    void theNationalReportsEnglishPrintsEnglishChrome() {
        String html = given().queryParam("fiscalYear", "2566").queryParam("lang", "en").queryParam("format", "html")
                .get("/v1/reports/national").then().statusCode(200).extract().asString();
        assertTrue(html.contains(">Contents<"));
        assertFalse(html.contains("สารบัญ"));
        assertFalse(html.contains("ประจำปีงบประมาณ"));
    }
}
