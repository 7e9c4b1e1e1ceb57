package org.khet.report.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * How report-service reads an upstream's JSON (every REST client's {@code @ClientObjectMapper}). Money arrives as
 * JSON numbers with satang: read as BigDecimal, never as double. Tolerant of fields it does not know (a provider may
 * add one before any reader uses it), strict about fields it does: a read-contract record's component missing from
 * the answer is an error (a renamed field is a 502 naming it, never a silently empty table).
 */
final class UpstreamJson {
    private UpstreamJson() {
    }

    static ObjectMapper reader(ObjectMapper base) {
        return base.copy()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);
    }
}
