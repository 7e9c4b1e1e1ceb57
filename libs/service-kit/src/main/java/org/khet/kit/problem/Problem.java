package org.khet.kit.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem details document ({@code application/problem+json}). {@code errors} lists each bad
 * field — or, for a feed, each bad row and column — so a client can fix everything in one round.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** Problem types are stable URIs under this base; the last segment names the class of error. */
    public static final String TYPE_BASE = "https://khet.dev/problems/";

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }

    /**
     * One thing wrong with the input: a {@code field} (JSON pointer-like path such as {@code students[3].count})
     * or a {@code row} (1-based, counting the header as row 1 for CSV/XLSX) and {@code column}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FieldError(String field, Integer row, String column, String message) {
        public static FieldError field(String field, String message) {
            return new FieldError(field, null, null, message);
        }

        public static FieldError cell(int row, String column, String message) {
            return new FieldError(null, row, column, message);
        }
    }
}
