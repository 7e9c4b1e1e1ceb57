package org.khet.report.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.junit.jupiter.api.Test;
import org.khet.kit.json.StrictJson;

import java.math.BigDecimal;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The upstream reader (ADR 0044): as strict about the contract as before, without the kit's client-input checks. */
class UpstreamJsonTest {
    record Summary(String areaCode, String nameTh, Map<String, BigDecimal> figures) {
    }

    /** The services' own mapper: the kit's rules for a client's body. */
    private static final ObjectMapper BASE = StrictJson.apply(new ObjectMapper());
    private static final ObjectMapper READER = UpstreamJson.reader(BASE);

    @Test
    void aMissingComponentIsStillAnErrorAndAnUnknownFieldIsNot() throws Exception {
        assertThrows(MismatchedInputException.class,
                () -> READER.readValue("{\"areaCode\":\"1001\",\"figures\":{}}", Summary.class));
        Summary s = READER.readValue("{\"areaCode\":\"1001\",\"nameTh\":\"สพป.ทดสอบ\",\"figures\":{},\"later\":1}",
                Summary.class);
        assertEquals("สพป.ทดสอบ", s.nameTh());
    }

    @Test
    void figuresKeyedByEachAreasOwnCodesAreReadExactly() throws Exception {
        // every area's keys are new names: read exactly, one answer after another, without a table of names
        for (int area = 1001; area <= 1003; area++) {
            String json = "{\"areaCode\":\"" + area + "\",\"nameTh\":\"x\",\"figures\":{\"table1/" + area
                    + "-01/schools\":129,\"1.1.1/small/percent\":54.26}}";
            Summary s = READER.readValue(json, Summary.class);
            assertEquals(new BigDecimal("129"), s.figures().get("table1/" + area + "-01/schools"));
            assertEquals(new BigDecimal("54.26"), s.figures().get("1.1.1/small/percent"));
        }
        assertFalse(READER.getFactory().isEnabled(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES));
        assertTrue(BASE.getFactory().isEnabled(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES), "the base is not changed");
    }

    @Test
    void theKitsClientInputChecksAreNotAppliedToAnUpstreamsAnswer() throws Exception {
        String twice = "{\"areaCode\":\"1001\",\"nameTh\":\"a\",\"nameTh\":\"b\",\"figures\":{}}";
        String control = "{\"areaCode\":\"1001\",\"nameTh\":\"a\\u0007b\",\"figures\":{}}";
        // the services refuse both from a client ...
        assertThrows(Exception.class, () -> BASE.readValue(twice, Summary.class));
        assertThrows(Exception.class, () -> BASE.readValue(control, Summary.class));
        // ... an upstream wrote them: read as written (the last value of a key, as Jackson does)
        assertEquals("b", READER.readValue(twice, Summary.class).nameTh());
        assertEquals("a\u0007b", READER.readValue(control, Summary.class).nameTh());
    }
}
