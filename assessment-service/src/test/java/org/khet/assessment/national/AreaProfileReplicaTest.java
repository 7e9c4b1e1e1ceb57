package org.khet.assessment.national;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.CloudEvent;
import org.khet.contracts.events.EventJson;
import org.khet.contracts.events.Topics;
import org.khet.contracts.events.school.AreaProfileChanged;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;

/**
 * The areas' affiliation and province reach this service as school-service publishes them: an
 * {@code school.AreaProfileChanged.v1} on the school topic is applied to {@code area_profile}, and a later one
 * (the area moved to another province) replaces it — seen through the ITA ranking's filters.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class AreaProfileReplicaTest {

    private static void publish(AreaProfileChanged profile) {
        CloudEvent e = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), "/khet/school",
                AreaProfileChanged.TYPE, "Area/" + profile.code(), OffsetDateTime.now(), "application/json",
                profile.code(), null, null, "test", EventJson.MAPPER.valueToTree(profile));
        try (KafkaProducer<String, String> p = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.broker().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            p.send(new ProducerRecord<>(Topics.SCHOOL, profile.code(), EventJson.write(e)));
            p.flush();
        }
    }

    @Test
    void anAreasProfileEventIsAppliedAndALaterOneReplacesIt() {
        NationalAreas.load(null);
        publish(new AreaProfileChanged("7704", "สพม.เชียงราย ทดสอบ 7704", null, "secondary", "เชียงราย", null, null, null));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().queryParam("province", "เชียงราย").get("/v1/national/ita?fiscalYear=2591").then().statusCode(200)
                        .body("areas.items.areaCode", contains("7704")));
        publish(new AreaProfileChanged("7704", "สพม.น่าน ทดสอบ 7704", null, "secondary", "น่าน", null, null, null));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().queryParam("province", "น่าน").get("/v1/national/ita?fiscalYear=2591").then().statusCode(200)
                        .body("areas.items.areaCode", contains("7702", "7704")));
        given().queryParam("province", "เชียงราย").get("/v1/national/ita?fiscalYear=2591").then()
                .body("areas.items", org.hamcrest.Matchers.empty());
    }
}
