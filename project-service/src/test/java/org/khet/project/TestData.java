package org.khet.project;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.JsonConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.path.json.config.JsonPathConfig;
import org.khet.contracts.events.school.OrgUnitChanged;
import org.khet.kit.org.OrgDirectory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Test set-up: the org directory replica seeded directly, as school-service's events would fill it. */
final class TestData {
    private TestData() {
    }

    /** Money is compared exactly (JSON numbers come back as BigDecimal, never double); Thai text is sent as UTF-8. */
    static void restAssured() {
        RestAssured.config = RestAssured.config()
                .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL))
                .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset("UTF-8")
                        .defaultCharsetForContentType("UTF-8", "text/csv"))
                .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset("UTF-8"));
    }

    static void areas(OrgDirectory directory) {
        restAssured();
        QuarkusTransaction.requiringNew().run(() -> {
            directory.apply(new OrgUnitChanged("obec", OrgUnitChanged.OBEC, null, null,
                    "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน", "OBEC", "open"));
            directory.apply(new OrgUnitChanged("5601", OrgUnitChanged.AREA, "obec", "5601",
                    "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพะเยา เขต 1", null, "open"));
            directory.apply(new OrgUnitChanged("5602", OrgUnitChanged.AREA, "obec", "5602",
                    "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพะเยา เขต 2", null, "open"));
            directory.apply(new OrgUnitChanged("56020001", OrgUnitChanged.SCHOOL, "5602", "5602",
                    "โรงเรียนบ้านห้วยยางขาม", null, "open"));
        });
    }

    static byte[] resource(String path) {
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
