package org.khet.kit.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** JSON a client did not mean is refused with a 400 problem+json, and nothing is stored. */
@QuarkusTest
class StrictJsonTest {

    private static int count() {
        return given().get("/test/widgets?size=1").then().statusCode(200).extract().path("total");
    }

    private static io.restassured.response.ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/test/widgets").then()
                .contentType("application/problem+json");
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        int before = count();
        post("{\"name\":\"ก\",\"size\":1,\"name\":\"ข\"}").statusCode(400)
                .body("detail", containsString("Duplicate field 'name'"));
        assertEquals(before, count(), "nothing stored");
    }

    @Test
    void aNumberIsNeverTakenForText() {
        int before = count();
        post("{\"name\":2147483648,\"size\":1}").statusCode(400)
                .body("type", endsWith("/wrong-type")).body("errors[0].field", is("name"));
        post("{\"name\":true,\"size\":1}").statusCode(400);
        assertEquals(before, count(), "nothing stored");
    }

    @Test
    void controlCharactersAndEndlessTextAreRefusedNamingTheField() {
        int before = count();
        post("{\"name\":\"a\\u0000b\",\"size\":1}").statusCode(400)
                .body("type", endsWith("/invalid-text")).body("errors[0].field", is("name"))
                .body("errors[0].message", containsString("U+0000"));
        post("{\"name\":\"" + "ก".repeat(100_000) + "\",\"size\":1}").statusCode(400)
                .body("type", endsWith("/invalid-text")).body("detail", containsString("100000 characters"));
        assertEquals(before, count(), "nothing stored");
        // tabs and line breaks are text
        given().contentType(ContentType.JSON).body("{\"name\":\"บรรทัด 1\\nบรรทัด\\t2\",\"size\":1}").post("/test/widgets")
                .then().statusCode(201);
    }

    @Test
    void moneyWithThreeDecimalsIsA400() {
        given().contentType(ContentType.JSON).body("{\"amount\":1234.567}").post("/test/widgets/price")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/invalid-value")).body("detail", containsString("more than two decimals"));
        given().contentType(ContentType.JSON).body("{\"amount\":1234.50}").post("/test/widgets/price")
                .then().statusCode(200).body("amount", is(1234.50f));
    }
}
