package org.khet.contracts.events.assessment;

import org.junit.jupiter.api.Test;
import org.khet.contracts.events.EventJson;
import org.khet.contracts.events.EventType;
import org.khet.contracts.events.Topics;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class AssessmentEventsTest {

    @Test
    void typesAreAssessmentTypesOnItsTopic() {
        for (String type : List.of(TestStatisticsPublished.TYPE, TestComparisonReported.TYPE, IndicatorScored.TYPE,
                FrameworkDefined.TYPE, RubricDefined.TYPE, TestDefined.TYPE)) {
            EventType t = EventType.parse(type);
            assertEquals("assessment", t.service());
            assertEquals(Topics.ASSESSMENT, t.topic());
        }
    }

    @Test
    void payloadsRoundTripWithExactDecimalsAndThai() throws Exception {
        var published = new TestStatisticsPublished(2565, "ONET-P6", "AREA", "5602", "5602",
                List.of(new TestStatisticsPublished.SubjectMean("61", new BigDecimal("57.38"), 1072, null, "รายงานผล")));
        String json = EventJson.write(published);
        assertTrue(json.contains("57.38"));
        assertEquals(published, EventJson.MAPPER.readValue(json, TestStatisticsPublished.class));
        var scored = new IndicatorScored("5602", 2566, "QP-2566", "1", "", "SCORED", new BigDecimal("2.50"), null, "พอใช้",
                null, null, null, null, null, null, null);
        assertEquals(scored, EventJson.MAPPER.readValue(EventJson.write(scored), IndicatorScored.class));
    }
}
