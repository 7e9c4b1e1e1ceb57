package org.khet.school;

import io.restassured.http.ContentType;
import org.khet.contracts.events.CloudEvent;
import org.khet.contracts.events.Topics;
import org.khet.testkit.KafkaResource;
import org.khet.testkit.TopicReader;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;

/** Test data through the public API: areas, districts and schools with Thai names. */
final class Org {
    private Org() {
    }

    static void area(String code, String nameTh) {
        given().contentType(ContentType.JSON)
                .body("{\"nameTh\":\"" + nameTh + "\",\"nameEn\":\"Test area " + code + "\",\"level\":\"primary\",\"province\":\"พะเยา\"}")
                .put("/v1/areas/" + code).then().statusCode(201);
    }

    static void district(String code, String nameTh) {
        given().contentType(ContentType.JSON)
                .body("{\"areaCode\":\"" + code.substring(0, 4) + "\",\"nameTh\":\"" + nameTh + "\"}")
                .put("/v1/districts/" + code).then().statusCode(201);
    }

    static void school(String code, String districtCode, String nameTh) {
        school(code, districtCode, nameTh, null, false);
    }

    static void school(String code, String districtCode, String nameTh, String branchOf, boolean expansion) {
        given().contentType(ContentType.JSON)
                .body("{\"code\":\"" + code + "\",\"districtCode\":\"" + districtCode + "\",\"nameTh\":\"" + nameTh + "\""
                        + (branchOf == null ? "" : ",\"branchOf\":\"" + branchOf + "\"")
                        + ",\"expansion\":" + expansion + "}")
                .post("/v1/schools").then().statusCode(201);
    }

    static List<TopicReader.Received> events(Predicate<CloudEvent> filter, int expected) {
        return TopicReader.await(KafkaResource.broker().bootstrapServers(), Topics.SCHOOL, filter, expected, Duration.ofSeconds(30));
    }
}
