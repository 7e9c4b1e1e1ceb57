package org.khet.school;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khet.contracts.read.school.SchoolNetwork;
import org.khet.kit.paging.PageRequest;
import org.khet.school.service.AreaService;
import org.khet.school.service.NetworkService;
import org.khet.school.service.OfficeService;
import org.khet.school.service.SchoolService;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Each list of the org hierarchy is read in one query whatever its length (no query per item): the area check and
 * the list are the only statements, counted as the connections the reads take.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class ListQueriesTest {
    static final String AREA = "9830";
    static boolean loaded;

    @Inject
    ConnectionCounter counter;
    @Inject
    AreaService areas;
    @Inject
    SchoolService schools;
    @Inject
    NetworkService networks;
    @Inject
    OfficeService offices;

    @BeforeEach
    void load() {
        if (loaded) {
            return;
        }
        Org.area(AREA, "เขตทดสอบการอ่านรายการ");
        Org.district(AREA + "-01", "อำเภอจุน");
        Org.district(AREA + "-02", "อำเภอปง");
        Org.district(AREA + "-03", "อำเภอเชียงคำ");
        for (int i = 1; i <= 4; i++) {
            Org.school("109830000" + i, AREA + "-0" + (i % 3 + 1), "โรงเรียนทดสอบรายการ " + i);
        }
        for (String n : List.of("chun", "pong", "club")) {
            given().contentType(ContentType.JSON).body("{\"areaCode\":\"" + AREA + "\",\"nameTh\":\"กลุ่ม" + n + "\",\"kind\":\""
                    + (n.equals("club") ? "subject-club" : "cluster") + "\"}").put("/v1/networks/" + AREA + "-" + n)
                    .then().statusCode(201);
            for (int i = 1; i <= 3; i++) {
                given().contentType(ContentType.JSON).body("{\"fromYear\":256" + i + "}")
                        .put("/v1/networks/" + AREA + "-" + n + "/members/109830000" + i).then().statusCode(200);
            }
        }
        for (String u : List.of("admin", "policy")) {
            given().contentType(ContentType.JSON).body("{\"nameTh\":\"กลุ่ม " + u + "\",\"kind\":\"group\"}")
                    .put("/v1/areas/" + AREA + "/offices/" + u).then().statusCode(200);
            for (int i = 1; i <= 3; i++) {
                given().contentType(ContentType.JSON).body("{\"areaCode\":\"" + AREA + "\",\"nameTh\":\"นาย" + u + " คนที่ " + i
                        + "\",\"category\":\"38c2\",\"unitCode\":\"" + u + "\"}").post("/v1/office-staff").then().statusCode(201);
            }
        }
        loaded = true;
    }

    @Test
    void districtsAreOneQuery() {
        assertEquals(2, counter.connectionsOf(() -> assertEquals(3, areas.districts(AREA).size())));
    }

    @Test
    void networksWithTheirMembersAreOneQuery() {
        assertEquals(2, counter.connectionsOf(() -> {
            List<SchoolNetwork> list = networks.networks(AREA);
            assertEquals(List.of("cluster", "cluster", "subject-club"), list.stream().map(SchoolNetwork::kind).toList());
            assertEquals(List.of(3, 3, 3), list.stream().map(n -> n.members().size()).toList());
        }));
    }

    @Test
    void officeStaffIsOneQuery() {
        assertEquals(2, counter.connectionsOf(() -> assertEquals(6, offices.officeStaffOf(AREA).size())));
    }

    @Test
    void aPageOfSchoolsAndTheirTotalAreOneQuery() {
        assertEquals(2, counter.connectionsOf(() -> {
            var page = schools.schools(AREA, null, null, null, PageRequest.of("1", "3"));
            assertEquals(4, page.total());
            assertEquals(1, page.items().size());
        }));
    }
}
