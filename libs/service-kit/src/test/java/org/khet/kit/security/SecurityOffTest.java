package org.khet.kit.security;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

/** With khet.security.enabled=false (as in this module's test configuration) requests need no token. */
@QuarkusTest
class SecurityOffTest {
    @Test
    void everythingIsAllowedAndTheActorIsAnonymous() {
        given().get("/v1/test-notes/summary").then().statusCode(200).body("reader", equalTo("anonymous"))
                .body("onwardToken", equalTo("none"));
        given().header("Authorization", "Bearer not-even-a-jwt").contentType("application/json")
                .body("{\"text\":\"ทดสอบ\"}").post("/v1/test-notes/orgs/5602").then().statusCode(201)
                .body("createdBy", equalTo("anonymous"));
    }
}
