package org.khet.report.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How report-service reads an upstream's JSON into the read contracts (every REST client's
 * {@code @ClientObjectMapper}; money is a BigDecimal component, read exactly). Tolerant of fields it does not know (a
 * provider may add one before any reader uses it), strict about the fields it does: a record component missing from
 * the answer is an error — a renamed field is a 502 naming it, never a silently empty table. Both ends compile against
 * the same records, so within this repository a rename breaks the build first; this catches a provider and a reader
 * deployed from different versions.
 */
public final class UpstreamJson {
    private UpstreamJson() {
    }

    public static ObjectMapper reader(ObjectMapper base) {
        return base.copy()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);
    }
}
