package org.khet.budget;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khet.budget.events.ProjectFundingProjection;
import org.khet.contracts.events.Topics;
import org.khet.kit.org.OrgDirectory;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Project budgets and spend arrive as project-service's events on khet.project; the area budget shows them per
 * budget category (an absent or unknown one as "unspecified") and funding source, against the year's allocation.
 * A redelivered event is applied once; a record that is not a CloudEvent is logged and skipped, and the consumer
 * goes on.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class ProjectFundingTest {
    static final String AREA = "5697";

    @Inject
    OrgDirectory directory;
    @Inject
    AgroalDataSource db;

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

    /** project.ProjectCreated.v1's data, field for field as the contract records it, plus budgetCategory. */
    private static String created(String projectId, int number, String fundingSource, String title, String budget,
                                  String actualSpend, String budgetCategoryField) {
        return """
                {"projectId":"%s","areaCode":"%s","fiscalYear":2566,"number":%d,"planKind":"action-plan",
                 "fundingSource":"%s","strategyNumber":2,"title":"%s","budget":%s,"actualSpend":%s,
                 "remaining":%s,"status":"in-progress","achieved":null%s}""".formatted(projectId, AREA, number,
                fundingSource, title, budget, actualSpend, new BigDecimal(budget).subtract(new BigDecimal(actualSpend)),
                budgetCategoryField);
    }

    /** project.ProjectSpendRecorded.v1's data. */
    private static String spend(String projectId, String budget, String actualSpend, String previous) {
        return """
                {"projectId":"%s","areaCode":"%s","fiscalYear":2566,"number":1,"planKind":"action-plan",
                 "fundingSource":"AREA","strategyNumber":2,"budget":%s,"actualSpend":%s,"previousActualSpend":%s,
                 "remaining":%s,"budgetCategory":"operating"}""".formatted(projectId, AREA, budget, actualSpend, previous,
                new BigDecimal(budget).subtract(new BigDecimal(actualSpend)));
    }

    /** project.ProjectUpdated.v1's data. */
    private static String updated(String projectId, int number, String fundingSource, String title, String budget,
                                  String previousBudget, String actualSpend, String budgetCategory) {
        return """
                {"projectId":"%s","areaCode":"%s","fiscalYear":2566,"number":%d,"planKind":"action-plan",
                 "fundingSource":"%s","strategyNumber":2,"title":"%s","budget":%s,"previousBudget":%s,
                 "actualSpend":%s,"remaining":%s,"status":"in-progress","achieved":null,"budgetCategory":"%s"}"""
                .formatted(projectId, AREA, number, fundingSource, title, budget, previousBudget, actualSpend,
                        new BigDecimal(budget).subtract(new BigDecimal(actualSpend)), budgetCategory);
    }

    private static BigDecimal m(String s) {
        return new BigDecimal(s);
    }

    private long processed(Set<String> ids) throws Exception {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("select count(*) from processed_event where consumer = ? and event_id = any (?)")) {
            ps.setString(1, ProjectFundingProjection.CONSUMER);
            ps.setArray(2, c.createArrayOf("text", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void projectEventsBecomeProjectFundingPerCategoryAndSourceOnce() throws Exception {
        // the year's allocation: operating 100,000.00 and other expenditure 400,000.00 (total 500,000.00)
        for (String[] a : new String[][]{{"operating", "100000.00", "ศธ 04183/ว 11"}, {"other", "400000.00", "ศธ 04183/ว 12"}}) {
            given().contentType("application/json").body("""
                    {"areaCode":"%s","fiscalYear":2566,"category":"%s","documentNo":"%s","allottedOn":"2022-10-05","amount":%s}
                    """.formatted(AREA, a[0], a[2], a[1])).post("/v1/allocations").then().statusCode(201);
        }

        String p1 = "p-" + UUID.randomUUID();
        String p2 = "p-" + UUID.randomUUID();
        String p3 = "p-" + UUID.randomUUID();
        String p4 = "p-" + UUID.randomUUID();
        String p5 = "p-" + UUID.randomUUID();
        String spend1Id = UUID.randomUUID().toString();
        String spend1 = event(spend1Id, "project.ProjectSpendRecorded.v1", p1, spend(p1, "30000.00", "10000.00", "null"));
        List<String[]> sent = new ArrayList<>();
        sent.add(new String[]{p1, event(UUID.randomUUID().toString(), "project.ProjectCreated.v1", p1,
                created(p1, 1, "AREA", "โครงการพัฒนาการอ่านออกเขียนได้", "30000.00", "0.00", ",\"budgetCategory\":\"operating\""))});
        sent.add(new String[]{p1, spend1});
        sent.add(new String[]{p1, event(UUID.randomUUID().toString(), "project.ProjectSpendRecorded.v1", p1,
                spend(p1, "30000.00", "29850.50", "10000.00"))});
        // the first spend event delivered again after the later one: applied again, it would set 10,000.00 back
        sent.add(new String[]{p1, spend1});
        sent.add(new String[]{p1, event(UUID.randomUUID().toString(), "project.ProjectUpdated.v1", p1,
                updated(p1, 1, "AREA", "โครงการพัฒนาการอ่านออกเขียนได้ (ปรับปรุง)", "30000.00", "30000.00", "29850.50", "operating"))});
        sent.add(new String[]{p2, event(UUID.randomUUID().toString(), "project.ProjectCreated.v1", p2,
                created(p2, 2, "OBEC", "โครงการโรงเรียนคุณภาพ", "120000.00", "119999.99", ",\"budgetCategory\":\"other\""))});
        // not a CloudEvent: logged and skipped; the consumer goes on with the next record of the same partition
        sent.add(new String[]{p2, "not a cloud event"});
        sent.add(new String[]{p2, event(UUID.randomUUID().toString(), "project.ProjectUpdated.v1", p2,
                updated(p2, 2, "OBEC", "โครงการโรงเรียนคุณภาพ", "125000.00", "120000.00", "119999.99", "other"))});
        sent.add(new String[]{p3, event(UUID.randomUUID().toString(), "project.ProjectCreated.v1", p3,
                created(p3, 3, "AREA", "โครงการที่บันทึกผิด", "5000.00", "0.00", ",\"budgetCategory\":\"operating\""))});
        sent.add(new String[]{p3, event(UUID.randomUUID().toString(), "project.ProjectDeleted.v1", p3, """
                {"projectId":"%s","areaCode":"%s","fiscalYear":2566,"number":3,"planKind":"action-plan","fundingSource":"AREA",
                 "strategyNumber":2,"budget":5000.00,"actualSpend":0.00}""".formatted(p3, AREA))});
        // no budgetCategory (a project-service that does not send it yet), and a code budget-service does not know
        sent.add(new String[]{p4, event(UUID.randomUUID().toString(), "project.ProjectCreated.v1", p4,
                created(p4, 4, "AREA", "โครงการนิเทศติดตาม", "20000.00", "5000.00", ""))});
        sent.add(new String[]{p5, event(UUID.randomUUID().toString(), "project.ProjectCreated.v1", p5,
                created(p5, 5, "OTHER", "โครงการงบกลาง", "10000.00", "0.00", ",\"budgetCategory\":\"central\""))});
        sent.add(new String[]{AREA, event(UUID.randomUUID().toString(), "project.StrategicPlanPublished.v1", AREA, """
                {"areaCode":"%s","fiscalYear":2566,"vision":"…"}""".formatted(AREA))});
        Set<String> ids = new LinkedHashSet<>();
        for (String[] e : sent) {
            if (e[1].startsWith("{")) {
                ids.add(e[1].substring(e[1].indexOf("\"id\":\"") + 6, e[1].indexOf("\"", e[1].indexOf("\"id\":\"") + 6)));
            }
        }
        assertEquals(11, ids.size());

        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger consumerLog = Logger.getLogger("org.khet.kit.consumer.EventConsumer");
        consumerLog.addHandler(capture);
        try {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.broker().bootstrapServers());
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
                for (String[] e : sent) {
                    producer.send(new ProducerRecord<>(Topics.PROJECT, e[0], e[1])).get();
                }
            }
            // every key's last record is an event of its own id, so once every id is processed, every record is
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .alias("events processed by " + ProjectFundingProjection.CONSUMER)
                    .until(() -> processed(ids), n -> n == ids.size());
        } finally {
            consumerLog.removeHandler(capture);
        }
        assertTrue(logged.stream().anyMatch(r -> r.getLevel().intValue() >= Level.SEVERE.intValue()
                        && String.valueOf(r.getMessage()).contains("undecodable")),
                "the record that is not a CloudEvent is logged as skipped");

        ValidatableResponse r = given().get("/v1/areas/" + AREA + "/budget?fiscalYear=2566").then().statusCode(200)
                .body("total.allocated", comparesEqualTo(m("500000.00")))
                .body("projectFunding.projects", is(4))
                .body("projectFunding.allocated", comparesEqualTo(m("500000.00")))
                .body("projectFunding.budget", comparesEqualTo(m("185000.00")))
                // 29,850.50 (the redelivered first spend event did not set 10,000.00 back) + 119,999.99 + 5,000.00
                .body("projectFunding.actualSpend", comparesEqualTo(m("154850.49")))
                .body("projectFunding.percentOfAllocated", comparesEqualTo(m("37.00")))
                .body("projectFunding.spentPercentOfAllocated", comparesEqualTo(m("30.97")))

                // per budget category, in the Budget Bureau's order, the unspecified last
                .body("projectFunding.byCategory.category", contains("operating", "other", "unspecified"))
                .body("projectFunding.byCategory.fundingSource", contains(nullValue(), nullValue(), nullValue()))
                .body("projectFunding.byCategory[0].categoryTh", is("งบดำเนินงาน"))
                .body("projectFunding.byCategory[0].budget", comparesEqualTo(m("30000.00")))
                .body("projectFunding.byCategory[0].actualSpend", comparesEqualTo(m("29850.50")))
                .body("projectFunding.byCategory[0].remaining", comparesEqualTo(m("149.50")))
                .body("projectFunding.byCategory[0].categoryAllocated", comparesEqualTo(m("100000.00")))
                .body("projectFunding.byCategory[0].budgetPercentOfCategory", comparesEqualTo(m("30.00")))
                .body("projectFunding.byCategory[0].spentPercentOfCategory", comparesEqualTo(m("29.85")))
                .body("projectFunding.byCategory[0].budgetPercentOfTotal", comparesEqualTo(m("6.00")))
                .body("projectFunding.byCategory[0].spentPercentOfTotal", comparesEqualTo(m("5.97")))
                .body("projectFunding.byCategory[1].budget", comparesEqualTo(m("125000.00")))
                .body("projectFunding.byCategory[1].budgetPercentOfCategory", comparesEqualTo(m("31.25")))
                .body("projectFunding.byCategory[1].spentPercentOfCategory", comparesEqualTo(m("30.00")))
                .body("projectFunding.byCategory[1].budgetPercentOfTotal", comparesEqualTo(m("25.00")))
                .body("projectFunding.byCategory[1].spentPercentOfTotal", comparesEqualTo(m("24.00")))
                .body("projectFunding.byCategory[2].categoryTh", is("ไม่ระบุหมวดงบ"))
                .body("projectFunding.byCategory[2].projects", is(2))
                .body("projectFunding.byCategory[2].budget", comparesEqualTo(m("30000.00")))
                .body("projectFunding.byCategory[2].actualSpend", comparesEqualTo(m("5000.00")))
                .body("projectFunding.byCategory[2].categoryAllocated", nullValue())
                .body("projectFunding.byCategory[2].budgetPercentOfCategory", nullValue())
                .body("projectFunding.byCategory[2].budgetPercentOfTotal", comparesEqualTo(m("6.00")))
                .body("projectFunding.byCategory[2].spentPercentOfTotal", comparesEqualTo(m("1.00")))

                // per funding source
                .body("projectFunding.byFundingSource.fundingSource", contains("AREA", "OBEC", "OTHER"))
                .body("projectFunding.byFundingSource.category", contains(nullValue(), nullValue(), nullValue()))
                .body("projectFunding.byFundingSource[0].fundingSourceTh", is("สพป."))
                .body("projectFunding.byFundingSource[0].projects", is(2))
                .body("projectFunding.byFundingSource[0].budget", comparesEqualTo(m("50000.00")))
                .body("projectFunding.byFundingSource[0].actualSpend", comparesEqualTo(m("34850.50")))
                .body("projectFunding.byFundingSource[0].budgetPercentOfTotal", comparesEqualTo(m("10.00")))
                .body("projectFunding.byFundingSource[0].spentPercentOfTotal", comparesEqualTo(m("6.97")))
                .body("projectFunding.byFundingSource[0].budgetPercentOfCategory", nullValue())
                .body("projectFunding.byFundingSource[1].fundingSourceTh", is("สพฐ."))
                .body("projectFunding.byFundingSource[1].budgetPercentOfTotal", comparesEqualTo(m("25.00")))
                .body("projectFunding.byFundingSource[2].budgetPercentOfTotal", comparesEqualTo(m("2.00")))

                // per category and funding source
                .body("projectFunding.rows", hasSize(4))
                .body("projectFunding.rows.collect { it.category + '/' + it.fundingSource }",
                        contains("operating/AREA", "other/OBEC", "unspecified/AREA", "unspecified/OTHER"))
                .body("projectFunding.rows[1].budgetPercentOfCategory", comparesEqualTo(m("31.25")))
                .body("projectFunding.rows[3].budget", comparesEqualTo(m("10000.00")))
                .body("projectFunding.rows[3].budgetPercentOfCategory", nullValue())
                .body("projectFunding.rows[3].budgetPercentOfTotal", comparesEqualTo(m("2.00")));
        assertEquals(4, r.extract().jsonPath().getList("projectFunding.rows").size());
    }
}
