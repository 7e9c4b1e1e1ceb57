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
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The Thai report speaks Thai: no English word of the report's own in the printed HTML (a status word such as
 * ACHIEVED, an English heading). Allowed: the English the office itself wrote inside its Thai texts (project names
 * and results, its policies: every ASCII word of a fixture's string that also holds Thai), the codes and names the
 * report prints as they are (O-NET, ITA Online, the services' names in the source lines; request paths), and nothing
 * else.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(StubUpstreamsResource.class)
class ThaiReportTest {
    /** Codes, names and units printed as they are. */
    private static final Set<String> CODES = Set.of(
            // the national tests and evaluations by their names, the ITA's grade
            "O-NET", "NT", "RT", "ITA", "Online", "AP", "QP", "AA");
    /** A word: letters not touching a digit (X1, P10 are codes) or another letter. */
    private static final Pattern WORD = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z](?:[A-Za-z-]*[A-Za-z])?(?![A-Za-z0-9])");
    private static final Pattern LOWER = Pattern.compile("[a-z]");
    private static final Pattern THAI = Pattern.compile("[\\u0E00-\\u0E7F]");

    /**
     * What the office and the schools wrote: the ASCII words of every upstream string that holds Thai or a lower-case
     * letter (texts, names such as the core values' "Participation"), and one-letter codes ("P"); not an upper-case
     * code word (ACHIEVED is a status, which the report must print in Thai).
     */
    private static Set<String> officeWords() throws Exception {
        Set<String> words = new TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/fixtures/5602"))) {
            for (Path f : files.toList()) {
                collect(json.readTree(f.toFile()), words);
            }
        }
        return words;
    }

    private static void collect(JsonNode n, Set<String> words) {
        if (n.isTextual() && (THAI.matcher(n.asText()).find() || LOWER.matcher(n.asText()).find()
                || n.asText().length() == 1)) {
            Matcher m = WORD.matcher(n.asText());
            while (m.find()) {
                words.add(m.group());
            }
        }
        n.forEach(c -> collect(c, words));
    }

    /** The printed text: no style sheet, no markup, no request paths or web addresses. */
    static String text(String html) {
        String body = html.substring(html.indexOf("<body>"))
                .replaceAll("(?s)<svg.*?</svg>", " ")
                .replaceAll("<[^>]+>", " ")
                .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'");
        return body.replaceAll("\\S*(/v1/|://)\\S*", " ");
    }

    @Test
    void theThaiReportHasNoEnglishWordOfItsOwn() throws Exception {
        String html = given().queryParam("area", "5602").queryParam("fiscalYear", "2566").queryParam("format", "html")
                .get("/v1/reports/annual").then().statusCode(200).extract().asString();
        Set<String> allowed = officeWords();
        Set<String> english = new TreeSet<>();
        Matcher m = WORD.matcher(text(html));
        while (m.find()) {
            if (!allowed.contains(m.group()) && !CODES.contains(m.group())) {
                english.add(m.group());
            }
        }
        assertEquals(Set.of(), english, "English words in the Thai report");
        assertFalse(html.contains("ACHIEVED"));
    }
}
