package org.khet.contracts.events.budget;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.khet.contracts.events.EventJson;
import org.khet.contracts.events.EventType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** budget-service's event payloads: valid type names, exact money and ISO dates in JSON, read back unchanged. */
class BudgetEventsTest {

    @Test
    void typesAreBudgetTypes() {
        for (String t : List.of(AllocationRecorded.TYPE, AllocationCancelled.TYPE, ExecutionReported.TYPE, ExecutionReportDeleted.TYPE,
                OperatingPlanRecorded.TYPE)) {
            assertEquals("khet.budget", EventType.parse(t).topic());
        }
    }

    @Test
    void moneyAndDatesSurviveJson() throws Exception {
        ExecutionReported e = new ExecutionReported("r1", "5602", 2566, LocalDate.of(2023, 9, 30),
                List.of(new ExecutionReported.Line("operating", new BigDecimal("13327528.00"), new BigDecimal("12472366.27"),
                        new BigDecimal("379571.00"), new BigDecimal("475590.73"), new BigDecimal("93.85"))),
                new BigDecimal("12472366.27"), new BigDecimal("379571.00"));
        String json = EventJson.write(e);
        JsonNode tree = EventJson.MAPPER.readTree(json);
        assertEquals("2023-09-30", tree.get("asOf").asText());
        // amounts are written as JSON numbers with their two decimals (a tree read by EventJson holds them as doubles,
        // so consumers bind them to BigDecimal fields, as below)
        org.junit.jupiter.api.Assertions.assertTrue(json.contains("\"disbursed\":12472366.27"), json);
        ExecutionReported back = EventJson.MAPPER.readValue(json, ExecutionReported.class);
        assertEquals(e, back);

        AllocationRecorded a = new AllocationRecorded("a1", "5602", 2566, "investment", "ศธ 04002/ว 1",
                LocalDate.of(2022, 10, 3), new BigDecimal("-100000.50"), "โอนเปลี่ยนแปลงออก");
        assertEquals(a, EventJson.MAPPER.readValue(EventJson.write(a), AllocationRecorded.class));
    }
}
