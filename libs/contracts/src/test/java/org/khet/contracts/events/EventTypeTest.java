package org.khet.contracts.events;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.*;

class EventTypeTest {

    @Test
    void parsesVersionedNames() {
        EventType t = EventType.parse("school.SchoolRegistered.v1");
        assertEquals("school", t.service());
        assertEquals("SchoolRegistered", t.name());
        assertEquals(1, t.version());
        assertEquals("khet.school", t.topic());
        assertEquals("school.SchoolRegistered.v1", t.toString());
    }

    @Test
    void rejectsMalformedNames() {
        assertThrows(IllegalArgumentException.class, () -> EventType.parse("SchoolRegistered"));
        assertThrows(IllegalArgumentException.class, () -> EventType.parse("school.schoolRegistered.v1"));
        assertThrows(IllegalArgumentException.class, () -> EventType.parse("school.SchoolRegistered.v0"));
        assertThrows(IllegalArgumentException.class, () -> EventType.parse("canteen.MealServed.v1"));
    }

    @Test
    void envelopeRoundTripsThroughJsonWithThaiText() {
        var data = JsonNodeFactory.instance.objectNode().put("nameTh", "โรงเรียนบ้านห้วยยางขาม");
        CloudEvent e = new CloudEvent("1.0", "e-1", "/khet/school", "school.SchoolRegistered.v1", "56020001",
                OffsetDateTime.of(2023, 6, 10, 9, 0, 0, 0, ZoneOffset.ofHours(7)), "application/json",
                "5602", null, 2566, "user-1", data);
        String json = EventJson.write(e);
        assertTrue(json.contains("\"specversion\":\"1.0\""));
        assertFalse(json.contains("fiscalyear"), "absent extensions are left out");
        CloudEvent back = EventJson.read(json);
        assertEquals(e, back);
        assertEquals("โรงเรียนบ้านห้วยยางขาม", back.data().get("nameTh").asText());
    }

    @Test
    void envelopeRequiresItsCoreAttributes() {
        assertThrows(IllegalArgumentException.class,
                () -> new CloudEvent("0.3", "x", "/s", "school.A.v1", null, null, null, null, null, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new CloudEvent("1.0", "", "/s", "school.A.v1", null, null, null, null, null, null, null, null));
    }

    @Test
    void amountsInEventDataStayExactToTheSatang() {
        CloudEvent e = EventJson.read("{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/khet/budget\","
                + "\"type\":\"budget.ExecutionReported.v1\",\"data\":{\"disbursed\":99999999999999.99}}");
        assertEquals(new java.math.BigDecimal("99999999999999.99"), e.data().get("disbursed").decimalValue());
    }
}
