package org.khet.budget;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import org.khet.contracts.events.school.OrgUnitChanged;
import org.khet.kit.org.OrgDirectory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Shared test set-up: the org directory replica seeded directly (school-service is not running here). */
public final class TestData {
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

    public static byte[] resource(String path) {
        try (InputStream in = TestData.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
