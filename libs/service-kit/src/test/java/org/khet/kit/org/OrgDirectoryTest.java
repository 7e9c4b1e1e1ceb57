package org.khet.kit.org;

import java.time.Duration;
import static org.awaitility.Awaitility.await;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.CloudEvent;
import org.khet.contracts.events.EventJson;
import org.khet.contracts.events.Topics;
import org.khet.contracts.events.school.OrgUnitChanged;
import org.khet.testkit.KafkaResource;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.*;

@QuarkusTest
class OrgDirectoryTest {
    @Inject
    OrgDirectory directory;

    private void apply(OrgUnitChanged u) {
        QuarkusTransaction.requiringNew().run(() -> directory.apply(u));
    }

    @Test
    void closureAnswersIsUnderAndFollowsAMove() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        String area = "A" + s, d1 = "D1" + s, d2 = "D2" + s, school = "S" + s;
        // the school arrives before its district and area: placeholders keep the closure consistent
        apply(new OrgUnitChanged(school, OrgUnitChanged.SCHOOL, d1, area, "โรงเรียนบ้านจุน", null, "open"));
        apply(new OrgUnitChanged(d1, OrgUnitChanged.DISTRICT, area, area, "จุน", "Chun", "open"));
        apply(new OrgUnitChanged(d2, OrgUnitChanged.DISTRICT, area, area, "ปง", "Pong", "open"));
        apply(new OrgUnitChanged(area, OrgUnitChanged.AREA, "obec", area, "สพป.พะเยา เขต 2", null, "open"));

        assertTrue(directory.isUnder(school, d1));
        assertTrue(directory.isUnder(school, area));
        assertTrue(directory.isUnder(school, "obec"));
        assertTrue(directory.isUnder(school, school), "a unit is within itself");
        assertFalse(directory.isUnder(school, d2));
        assertFalse(directory.isUnder(area, school));
        assertEquals("DISTRICT", directory.find(d1).orElseThrow().kind(), "placeholder filled in");

        apply(new OrgUnitChanged(school, OrgUnitChanged.SCHOOL, d2, area, "โรงเรียนบ้านจุน", null, "open"));
        assertTrue(directory.isUnder(school, d2));
        assertFalse(directory.isUnder(school, d1), "moved away from the old district");
        assertTrue(directory.isUnder(school, area));
        assertEquals(List.of(school), directory.under(area, OrgUnitChanged.SCHOOL).stream().map(OrgDirectory.OrgUnit::code).toList());
    }

    /**
     * A batch of renames and a status change (ADR 0040's fast path: one read, one write) leaves each unit as its last
     * event says; a batch with a move in it is applied unit by unit and moves the closure too.
     */
    @Test
    void aBatchLeavesWhatItsEventsInTurnLeave() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        String area = "B" + s, d1 = "BD1" + s, d2 = "BD2" + s, s1 = "BS1" + s, s2 = "BS2" + s;
        apply(new OrgUnitChanged(area, OrgUnitChanged.AREA, "obec", area, "สพป.ทดสอบ", null, "open"));
        apply(new OrgUnitChanged(d1, OrgUnitChanged.DISTRICT, area, area, "จุน", null, "open"));
        apply(new OrgUnitChanged(d2, OrgUnitChanged.DISTRICT, area, area, "ปง", null, "open"));
        apply(new OrgUnitChanged(s1, OrgUnitChanged.SCHOOL, d1, area, "โรงเรียนบ้านสระ", null, "open"));
        apply(new OrgUnitChanged(s2, OrgUnitChanged.SCHOOL, d1, area, "โรงเรียนบ้านทุ่ง", null, "open"));

        QuarkusTransaction.requiringNew().run(() -> directory.applyAll(List.of(
                new OrgUnitChanged(s1, OrgUnitChanged.SCHOOL, d1, area, "โรงเรียนบ้านสระ #1", null, "open"),
                new OrgUnitChanged(s2, OrgUnitChanged.SCHOOL, d1, area, "โรงเรียนบ้านทุ่ง", "Ban Thung", "closed"),
                new OrgUnitChanged(s1, OrgUnitChanged.SCHOOL, d1, area, "โรงเรียนบ้านสระ #2", null, null))));
        assertEquals(new OrgDirectory.OrgUnit(s1, OrgUnitChanged.SCHOOL, d1, area, "โรงเรียนบ้านสระ #2", null, "open"),
                directory.find(s1).orElseThrow(), "the last of its two renames; no status is open");
        assertEquals(new OrgDirectory.OrgUnit(s2, OrgUnitChanged.SCHOOL, d1, area, "โรงเรียนบ้านทุ่ง", "Ban Thung", "closed"),
                directory.find(s2).orElseThrow());

        // a rename, then the same school moved to the other district: the closure follows the move
        QuarkusTransaction.requiringNew().run(() -> directory.applyAll(List.of(
                new OrgUnitChanged(s2, OrgUnitChanged.SCHOOL, d1, area, "โรงเรียนบ้านทุ่ง #3", null, "open"),
                new OrgUnitChanged(s1, OrgUnitChanged.SCHOOL, d2, area, "โรงเรียนบ้านสระ #2", null, "open"))));
        assertEquals("โรงเรียนบ้านทุ่ง #3", directory.find(s2).orElseThrow().nameTh());
        assertEquals(d2, directory.find(s1).orElseThrow().parentCode());
        assertTrue(directory.isUnder(s1, d2));
        assertFalse(directory.isUnder(s1, d1), "moved away from the old district");
        assertEquals(List.of(s2), directory.under(d1, OrgUnitChanged.SCHOOL).stream().map(OrgDirectory.OrgUnit::code).toList());
    }

    @Test
    void theReplicaFollowsOrgEventsFromKafka() throws Exception {
        String area = "R" + UUID.randomUUID().toString().substring(0, 8);
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.broker().bootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        OrgUnitChanged change = new OrgUnitChanged(area, OrgUnitChanged.AREA, "obec", area, "สพป.ทดสอบ", null, "open");
        CloudEvent e = new CloudEvent("1.0", UUID.randomUUID().toString(), "/khet/school", OrgUnitChanged.TYPE, area,
                OffsetDateTime.now(), "application/json", area, null, null, null, EventJson.MAPPER.valueToTree(change));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            producer.send(new ProducerRecord<>(Topics.SCHOOL, area, EventJson.write(e))).get();
        }
        await("the replica has the area").atMost(Duration.ofSeconds(60)).until(() -> directory.find(area).isPresent());
        assertEquals("สพป.ทดสอบ", directory.find(area).orElseThrow().nameTh());
        assertTrue(directory.isUnder(area, "obec"));
    }

    @Test
    void theReplicaEndpointShowsOnlyUnitsWhoseOwnEventHasArrived() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        String district = "PD" + s;
        // a school whose district has not arrived yet: the district is only a placeholder
        apply(new OrgUnitChanged("PS" + s, OrgUnitChanged.SCHOOL, district, "PA" + s, "โรงเรียนรอเขต", null, "open"));
        given().get("/v1/org-replica/PS" + s).then().statusCode(200).body("nameTh", is("โรงเรียนรอเขต"));
        given().get("/v1/org-replica/" + district).then().statusCode(404)
                .contentType("application/problem+json").body("type", endsWith("/not-found"));
        given().get("/v1/org-replica/nothing-" + s).then().statusCode(404).contentType("application/problem+json");
    }
}
