package org.khet.report.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * How report-service reads an upstream's JSON into the read contracts (every REST client's
 * {@code @ClientObjectMapper}; money is a BigDecimal component, read exactly). Tolerant of fields it does not know (a
 * provider may add one before any reader uses it), strict about the fields it does: a record component missing from
 * the answer is an error — a renamed field is a 502 naming it, never a silently empty table. Both ends compile against
 * the same records, so within this repository a rename breaks the build first; this catches a provider and a reader
 * deployed from different versions.
 * <p>
 * The kit's rules for a client's body ({@code StrictJson}: a key given twice refused, every text scanned for control
 * characters) are not applied here (ADR 0044): an upstream's answer is JSON another Khet service wrote from values it
 * validated when they were stored, and those checks were ~a tenth of the report's JSON reading (a set of keys kept
 * per object, every character of every text looked at). Field names are not canonicalised either: an area summary's
 * {@code figures} are keyed by the area's own district codes, so every area brought new names, and Jackson copied its
 * growing table of names for every answer (~8 % of what a cold pass of the 245 reports allocated).
 */
public final class UpstreamJson {
    private UpstreamJson() {
    }

    public static ObjectMapper reader(ObjectMapper base) {
        ObjectMapper m = base.copy()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // a module registered later is asked first: Jackson's own reading of text, not the kit's client-input check
        m.registerModule(new SimpleModule("khet-upstream-text").addDeserializer(String.class, StringDeserializer.instance));
        // the copy owns its factory: this changes no other mapper
        m.getFactory().configure(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES, false);
        return m;
    }
}
