package org.khet.budget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import org.khet.contracts.events.school.OrgUnitChanged;
import org.khet.kit.org.OrgDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Shared test set-up: the org directory replica seeded directly (school-service is not running here). */
public final class TestData {
    static final String PHAYAO2 = "demo/phayao2-2566";

    private TestData() {
    }

    /** Money is compared exactly: JSON numbers come back as BigDecimal, never float (set per test, Quarkus resets it). */
    public static void init() {
        RestAssured.config = RestAssured.config().jsonConfig(JsonConfig.jsonConfig()
                .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    /** Registers OBEC, the areas and a school of the first area, as school-service's events would. */
    public static void areas(OrgDirectory directory, String... codes) {
        QuarkusTransaction.requiringNew().run(() -> {
            directory.apply(new OrgUnitChanged("obec", OrgUnitChanged.OBEC, null, null, "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน", "OBEC", "open"));
            for (String code : codes) {
                directory.apply(new OrgUnitChanged(code, OrgUnitChanged.AREA, "obec", code,
                        "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ " + code, null, "open"));
            }
            directory.apply(new OrgUnitChanged(codes[0] + "0001", OrgUnitChanged.SCHOOL, codes[0], codes[0],
                    "โรงเรียนบ้านทดสอบ", null, "open"));
        });
    }

    /** The repository's root (the folder that holds {@code demo/}), found upwards from the working directory. */
    public static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve(PHAYAO2))) {
                return p;
            }
        }
        throw new IllegalStateException("no " + PHAYAO2 + " above " + Path.of("").toAbsolutePath());
    }

    /** The Phayao 2 demo's folder of budget-service files (its README says what they hold). */
    public static Path phayao2Budget() {
        return repositoryRoot().resolve(PHAYAO2).resolve("budget");
    }

    /** Registers OBEC and area 5602 as the Phayao 2 demo's school-service would (names from its area.jsonl). */
    public static void phayao2Area(OrgDirectory directory) {
        JsonNode area;
        try {
            area = new ObjectMapper().readTree(Files.readString(repositoryRoot().resolve(PHAYAO2).resolve("school/area.jsonl"))
                    .lines().filter(l -> !l.isBlank()).findFirst().orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            directory.apply(new OrgUnitChanged("obec", OrgUnitChanged.OBEC, null, null, "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน", "OBEC", "open"));
            directory.apply(new OrgUnitChanged(area.path("code").asText(), OrgUnitChanged.AREA, "obec", area.path("code").asText(),
                    area.path("nameTh").asText(), area.path("nameEn").asText(), "open"));
        });
    }

    /**
     * Sends the Phayao 2 demo's budget files as its {@code load.tsv} says (its SEND lines, in order, to the service's
     * paths: the gateway's {@code /api} prefix dropped) and checks each is taken (200: stored, or the same file's first
     * answer replayed when another test sent it first).
     */
    public static void loadPhayao2Budget() {
        Path dir = phayao2Budget();
        try {
            for (String line : Files.readAllLines(dir.resolve("load.tsv"))) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (!f[0].equals("SEND") || !f[1].equals("POST")) {
                    throw new IllegalStateException("load.tsv: only SEND POST steps are known here: " + line);
                }
                RestAssured.given().contentType(f[4]).body(Files.readAllBytes(dir.resolve(f[3])))
                        .post(f[2].replaceFirst("^/api", "")).then().statusCode(200);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
