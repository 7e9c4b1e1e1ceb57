package org.khet.contracts.events.project;

import org.junit.jupiter.api.Test;
import org.khet.contracts.events.EventJson;
import org.khet.contracts.events.EventType;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProjectEventsTest {

    @Test
    void typesAreProjectServiceTypes() {
        for (String t : new String[]{ProjectCreated.TYPE, ProjectUpdated.TYPE, ProjectSpendRecorded.TYPE,
                ProjectResultRecorded.TYPE, ProjectDeleted.TYPE, ProjectPhotoAdded.TYPE, ProjectPhotoRemoved.TYPE,
                ProjectListFiguresReported.TYPE, StrategicPlanPublished.TYPE}) {
            assertEquals("khet.project", EventType.parse(t).topic());
        }
    }

    @Test
    void spendKeepsSatangThroughJson() throws Exception {
        var e = new ProjectSpendRecorded("p-1", "5602", 2566, 12, "ACTION_PLAN", "AREA", 4,
                new BigDecimal("139410.00"), new BigDecimal("139409.75"), null, new BigDecimal("0.25"));
        String json = EventJson.write(e);
        ProjectSpendRecorded back = EventJson.MAPPER.readValue(json, ProjectSpendRecorded.class);
        assertEquals(0, new BigDecimal("139409.75").compareTo(back.actualSpend()));
        assertEquals(e.areaCode(), back.areaCode());
        assertEquals(4, back.strategyNumber());
    }

    @Test
    void budgetCategoryTravelsUnderThatNameAndOlderEventsHaveNone() throws Exception {
        var e = new ProjectCreated("p-1", "5602", 2566, 3, "ACTION_PLAN", "AREA", 2, "โครงการทดสอบ",
                new BigDecimal("5000.00"), null, null, "PLANNED", "NOT_ASSESSED", "operating");
        var tree = EventJson.MAPPER.readTree(EventJson.write(e));
        assertEquals("operating", tree.get("budgetCategory").asText());
        var old = new ProjectDeleted("p-1", "5602", 2566, 3, "ACTION_PLAN", "AREA", 2, new BigDecimal("5000.00"), null);
        assertEquals(null, old.budgetCategory());
        ProjectDeleted back = EventJson.MAPPER.readValue("""
                {"projectId":"p-1","areaCode":"5602","fiscalYear":2566,"number":3,"planKind":"ACTION_PLAN",
                 "budget":5000.00,"budgetCategory":"investment"}""", ProjectDeleted.class);
        assertEquals("investment", back.budgetCategory());
    }
}
