package org.khet.report.editions;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.khet.report.domain.Report;
import org.khet.report.render.JsonRenderer;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * An edition's frozen model: the report's JSON exactly as {@code GET /v1/reports/annual?format=json} writes it, and
 * back. Cells keep their Java types through the trip (a count is a Long, every other figure a BigDecimal with its
 * scale: the mappings write counts as whole numbers and every other figure at two decimals), so every renderer prints
 * a thawed model as it printed the live one. {@link #freeze} checks that: the thawed model must write the same bytes.
 */
public final class FrozenReport {
    private static final ObjectMapper READER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private FrozenReport() {
    }

    /** The model's JSON bytes, checked to thaw back to a model that writes the very same bytes. */
    public static byte[] freeze(Report report) {
        byte[] json = JsonRenderer.render(report);
        if (!Arrays.equals(JsonRenderer.render(thaw(json)), json)) {
            throw new IllegalStateException("the report of " + report.areaCode() + " FY" + report.fiscalYear()
                    + " does not survive being frozen: its JSON read back writes other bytes");
        }
        return json;
    }

    public static Report thaw(byte[] json) {
        try {
            return READER.readValue(json, Report.class);
        } catch (IOException e) {
            throw new IllegalStateException("a stored edition cannot be read back as a report: " + e.getMessage(), e);
        }
    }

    /** SHA-256 of the frozen JSON, hex. */
    public static String sha256(byte[] json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
