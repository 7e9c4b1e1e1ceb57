package org.khet.kit.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every class of bad input is a 4xx problem+json that says what and where, and stores nothing. */
@QuarkusTest
class ProblemJsonTest {

    private static String create(String name, int size) {
        return given().contentType(ContentType.JSON).body("{\"name\":\"" + name + "\",\"size\":" + size + "}")
                .post("/test/widgets").then().statusCode(201).extract().path("id").toString();
    }

    private static int count() {
        return given().get("/test/widgets?size=1").then().statusCode(200).extract().path("total");
    }

    @Test
    void validationListsEveryBadField() {
        int before = count();
        given().contentType(ContentType.JSON).body("{\"name\":\" \",\"size\":-1}")
                .post("/test/widgets")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation"))
                .body("status", is(400))
                .body("errors.field", containsInAnyOrder("name", "size"));
        assertEquals(before, count(), "nothing stored");
    }

    @Test
    void malformedJsonSaysWhere() {
        int before = count();
        given().contentType(ContentType.JSON).body("{\"name\": \"โรงเรียน\", ")
                .post("/test/widgets")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/malformed-json"))
                .body("detail", containsString("line"));
        assertEquals(before, count(), "nothing stored");
    }

    @Test
    void wrongTypeNamesTheField() {
        given().contentType(ContentType.JSON).body("{\"name\":\"ก\",\"size\":\"สิบ\"}")
                .post("/test/widgets")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/wrong-type"))
                .body("errors[0].field", is("size"));
    }

    @Test
    void missingBodyIsA400() {
        given().contentType(ContentType.JSON).post("/test/widgets")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void unknownResourceIsA404Problem() {
        given().get("/test/widgets/999999")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", endsWith("/not-found"))
                .body("detail", containsString("999999"));
        given().get("/no/such/path")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void wrongMediaTypeIsA415Problem() {
        given().contentType(ContentType.XML).body("<widget/>").post("/test/widgets")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void duplicateKeyIsAConflict() {
        create("ซ้ำ", 1);
        given().contentType(ContentType.JSON).body("{\"name\":\"ซ้ำ\",\"size\":2}")
                .post("/test/widgets")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/conflict"));
    }

    @Test
    void databaseRuleIsA409NotA500() {
        given().post("/test/widgets/raw-size?size=-5")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/constraint"));
    }

    @Test
    void aValueTheDatabaseCannotHoldIsA400NotA500() {
        given().post("/test/widgets/raw-amount?amount=123456.78")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/invalid-value"))
                .body("detail", containsString("numeric field overflow"));
        given().post("/test/widgets/raw-amount?amount=12x")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/invalid-value"));
        given().post("/test/widgets/raw-amount?amount=999.99").then().statusCode(200);
    }

    @Test
    void aConcurrentWriterIsA409() {
        String id = create("concurrent-" + System.nanoTime(), 1);
        given().put("/test/widgets/" + id + "/size-after-another-writer?size=7")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/conflict"))
                .body("detail", containsString("changed by another request"));
        given().get("/test/widgets/" + id).then().statusCode(200).body("size", is(1));
    }

    @Test
    void staleIfMatchIsA412() {
        String id = create("etag-" + System.nanoTime(), 1);
        String etag = given().get("/test/widgets/" + id).then().statusCode(200).extract().header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", etag).body("{\"name\":\"etag-2-" + id + "\",\"size\":2}")
                .put("/test/widgets/" + id).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", etag).body("{\"name\":\"etag-3-" + id + "\",\"size\":3}")
                .put("/test/widgets/" + id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", endsWith("/precondition-failed"));
        given().get("/test/widgets/" + id).then().body("size", is(2));
    }

    @Test
    void badPagingParametersAreNamed() {
        given().get("/test/widgets?page=-1&size=abc")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("page", "size"));
    }

    @Test
    void badChangeFeedCursorIsA400() {
        given().get("/v1/changes?after=yesterday")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("after"));
    }
}
