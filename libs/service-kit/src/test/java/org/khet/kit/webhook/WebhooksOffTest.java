package org.khet.kit.webhook;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** A service that does not enable webhooks (the default) neither serves nor documents /v1/webhooks. */
@QuarkusTest
class WebhooksOffTest {

    @Test
    void noWebhookEndpointWithoutTheSwitch() {
        given().get("/v1/webhooks").then().statusCode(404);
        given().get("/q/openapi?format=json").then().statusCode(200).body(not(containsString("/v1/webhooks")));
    }
}
