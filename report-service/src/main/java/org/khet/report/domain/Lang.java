package org.khet.report.domain;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.khet.kit.problem.Problem;

import java.util.List;

/** The language a report is written in: Thai (the default, the office's own) or English (ADR 0027). */
public enum Lang {
    TH, EN;

    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** From JSON: null (an edition frozen before reports had a language) is Thai. */
    @JsonCreator
    public static Lang of(String code) {
        return "en".equals(code) ? EN : TH;
    }

    /**
     * The {@code lang} query parameter: absent or blank is Thai; anything but th or en adds a field error naming
     * {@code lang} to {@code errors} (the caller answers 400) and gives Thai.
     */
    public static Lang param(String value, List<Problem.FieldError> errors) {
        String v = value == null ? "" : value.strip();
        return switch (v) {
            case "", "th" -> TH;
            case "en" -> EN;
            default -> {
                errors.add(Problem.FieldError.field("lang", "must be th or en, got '" + value + "'"));
                yield TH;
            }
        };
    }
}
