package org.khet.assessment;

import org.khet.testkit.CacheHits;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.school.OrgUnitChanged;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.math.BigDecimal;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * An area's evaluations are answered from memory with a strong ETag until assessment-service commits anything (ADR
 * 0035, ADR 0047), as its tests are: an evaluation stored is in the next read. ITA-GRADE grades 97.14 AA (95 and
 * over) and 90.00 A (85 and over).
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class EvaluationsCacheTest {
    static final String AREA = "5614";
    static final String EVALUATIONS = "/v1/areas/" + AREA + "/evaluations?fiscalYear=2566";
    static final String ONE = "{\"areaCode\":\"" + AREA + "\",\"fiscalYear\":2566,\"framework\":\"ITA-CACHE\","
            + "\"indicator\":\"%s\",\"score\":%s}";

    static Response read(String ifNoneMatch) {
        return ifNoneMatch == null ? given().get(EVALUATIONS)
                : given().header("If-None-Match", ifNoneMatch).get(EVALUATIONS);
    }

    static String indicator(Response r, String code, String field) {
        return r.jsonPath().getString("frameworks.find { it.code == 'ITA-CACHE' }.indicators.find { it.code == '"
                + code + "' }." + field);
    }

    @Test
    void anEvaluationStoredIsInTheNextRead() {
        Directory.unit("obec", OrgUnitChanged.OBEC, null, null, "สพฐ.");
        Directory.unit(AREA, OrgUnitChanged.AREA, "obec", AREA, "สพป.ทดสอบแคชการประเมิน เขต 14");
        BadInputTest.framework("ITA-CACHE", BadInputTest.ITA_TEST.replace("ITA-X", "ITA-C"));
        given().contentType(ContentType.JSON).body(ONE.formatted("I1", "97.14"))
                .post("/v1/evaluations").then().statusCode(201);

        Response first = read(null);
        assertEquals(200, first.statusCode());
        assertEquals(0, new BigDecimal("97.14").compareTo(new BigDecimal(indicator(first, "I1", "score"))));
        assertEquals("AA", indicator(first, "I1", "grade"));
        assertNull(indicator(first, "I2", "score"));
        String etag = first.header("ETag");
        // other tests' events still being applied in the suite are commits, which drop what was kept: ask again
        // until the answer comes from memory (a cache that never keeps anything fails here)
        Response same = CacheHits.untilHit(() -> read(etag), r -> r.header("X-Khet-Cache"));
        assertEquals(304, same.statusCode());
        assertEquals("hit", same.header("X-Khet-Cache"));

        given().contentType(ContentType.JSON).body(ONE.formatted("I2", "90.00"))
                .post("/v1/evaluations").then().statusCode(201);
        Response two = read(etag);
        assertEquals(200, two.statusCode());
        assertEquals("miss", two.header("X-Khet-Cache"));
        assertEquals(0, new BigDecimal("90.00").compareTo(new BigDecimal(indicator(two, "I2", "score"))));
        assertEquals("A", indicator(two, "I2", "grade"));
        assertNotEquals(etag, two.header("ETag"));
    }
}
