package org.khet.assessment;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.OutboxRows;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** A framework sent again unchanged (a re-sent load) keeps its version and publishes nothing; a change does both. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class ResentDefinitionsTest {
    static final String FRAMEWORK = """
            {"family":"AP","nameTh":"แผนปฏิบัติการทดสอบ","fiscalYear":2566,"rubric":"OBEC-5LEVEL","indicators":[
              {"code":"1","titleTh":"ด้านคุณภาพ","kind":"GROUP"},
              {"code":"1.1","parentCode":"1","titleTh":"ผู้เรียนอ่านออกเขียนได้","kind":"SCORE"}]}""";

    @Inject
    AgroalDataSource db;

    private long published() {
        return OutboxRows.count(db, "type = 'assessment.FrameworkDefined.v1' and aggregate_id = 'AP-RESENT'");
    }

    @Test
    void theSameFrameworkAgainChangesNothing() {
        given().contentType(ContentType.JSON).body(FRAMEWORK).put("/v1/frameworks/AP-RESENT").then().statusCode(201);
        String etag = given().get("/v1/frameworks/AP-RESENT").then().statusCode(200).extract().header("ETag");
        assertEquals(1, published());

        given().contentType(ContentType.JSON).body(FRAMEWORK).put("/v1/frameworks/AP-RESENT").then().statusCode(200);
        given().get("/v1/frameworks/AP-RESENT").then().header("ETag", etag).body("indicators.size()", is(2));
        assertEquals(1, published(), "nothing changed, nothing published");

        given().contentType(ContentType.JSON).body(FRAMEWORK.replace("อ่านออกเขียนได้", "อ่านออกเขียนได้ทุกคน"))
                .put("/v1/frameworks/AP-RESENT").then().statusCode(200);
        assertNotEquals(etag, given().get("/v1/frameworks/AP-RESENT").then().extract().header("ETag"));
        assertEquals(2, published());
    }
}
