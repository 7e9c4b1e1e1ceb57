package org.khet.budget;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.Topics;
import org.khet.kit.org.OrgDirectory;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.math.BigDecimal;
import java.util.Properties;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Project budgets and spend arrive as project-service's events on khet.project; the area budget shows them per
 * category and funding source. Redelivered events count once; unknown fields and event types are ignored.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class ProjectFundingTest {
    static final String AREA = "5697";

    @Inject
    OrgDirectory directory;

    @BeforeEach
    void directory() {
        TestData.init();
        TestData.areas(directory, AREA);
    }

    private static String event(String id, String type, String subject, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"/khet/project","type":"%s","subject":"%s",
                 "time":"2023-05-01T03:00:00Z","datacontenttype":"application/json","areacode":"%s","fiscalyear":2566,
                 "data":%s}""".formatted(id, type, subject, AREA, data);
    }

    private static BigDecimal m(String s) {
        return new BigDecimal(s);
    }

    @Test
    void projectEventsBecomeProjectFundingOnce() throws Exception {
        String p1 = "p-" + UUID.randomUUID();
        String p2 = "p-" + UUID.randomUUID();
        String p3 = "p-" + UUID.randomUUID();
        String created1 = event(UUID.randomUUID().toString(), "project.ProjectCreated.v1", p1, """
                {"projectId":"%s","areaCode":"%s","fiscalYear":2566,"number":1,"planKind":"action-plan",
                 "fundingSource":"AREA","strategyNumber":2,"title":"โครงการพัฒนาการอ่านออกเขียนได้",
                 "budget":"30000.00","actualSpend":"0.00","newFieldProjectServiceAddsLater":{"x":1}}""".formatted(p1, AREA));
        String spend1 = event(UUID.randomUUID().toString(), "project.ProjectSpendRecorded.v1", p1, """
                {"projectId":"%s","areaCode":"%s","fiscalYear":2566,"fundingSource":"AREA","budget":30000.00,
                 "actualSpend":29850.50,"previousActualSpend":0}""".formatted(p1, AREA));
        String created2 = event(UUID.randomUUID().toString(), "project.ProjectCreated.v1", p2, """
                {"projectId":"%s","areaCode":"%s","fiscalYear":2566,"fundingSource":"OBEC","budget":"120000.00",
                 "actualSpend":"119999.99","budgetCategory":"other"}""".formatted(p2, AREA));
        String created3 = event(UUID.randomUUID().toString(), "project.ProjectCreated.v1", p3, """
                {"projectId":"%s","areaCode":"%s","fiscalYear":2566,"fundingSource":"AREA","budget":"5000.00"}""".formatted(p3, AREA));
        String deleted3 = event(UUID.randomUUID().toString(), "project.ProjectDeleted.v1", p3, """
                {"projectId":"%s","areaCode":"%s","fiscalYear":2566,"budget":"5000.00","actualSpend":"0"}""".formatted(p3, AREA));
        String plan = event(UUID.randomUUID().toString(), "project.StrategicPlanPublished.v1", AREA, """
                {"areaCode":"%s","fiscalYear":2566,"vision":"…"}""".formatted(AREA));

        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.broker().bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            for (String[] e : new String[][]{{p1, created1}, {p1, spend1}, {p1, spend1}, {p2, created2}, {p3, created3},
                    {p3, deleted3}, {AREA, plan}, {p2, "not a cloud event"}}) {
                producer.send(new ProducerRecord<>(Topics.PROJECT, e[0], e[1])).get();
            }
        }

        // the consumer is asynchronous: wait until the second project is in
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            Object n = given().get("/v1/areas/" + AREA + "/budget?fiscalYear=2566").then().statusCode(200)
                    .extract().path("projectFunding.projects");
            if (n != null && ((Number) n).intValue() == 2) {
                break;
            }
            Thread.sleep(300);
        }
        given().get("/v1/areas/" + AREA + "/budget?fiscalYear=2566").then().statusCode(200)
                .body("projectFunding", notNullValue())
                .body("projectFunding.projects", is(2))
                .body("projectFunding.rows", hasSize(2))
                .body("projectFunding.budget", comparesEqualTo(m("150000.00")))
                // the spend event was delivered twice and counts once: 29,850.50 + 119,999.99
                .body("projectFunding.actualSpend", comparesEqualTo(m("149850.49")))
                .body("projectFunding.rows.find { it.fundingSource == 'AREA' }.actualSpend", comparesEqualTo(m("29850.50")))
                .body("projectFunding.rows.find { it.fundingSource == 'AREA' }.remaining", comparesEqualTo(m("149.50")))
                .body("projectFunding.rows.find { it.fundingSource == 'OBEC' }.category", is("other"))
                .body("projectFunding.rows.find { it.fundingSource == 'OBEC' }.fundingSourceTh", is("สพฐ."));
    }
}
