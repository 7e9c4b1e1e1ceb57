package org.khet.web;

import org.khet.web.client.ApiException;
import org.khet.web.client.model.FieldError;
import org.khet.web.client.model.Problem;

import java.io.IOException;
import java.util.List;

/**
 * An API refusal as the console shows it: the problem's title and detail in words, and each bad field or cell
 * (a feed's row and column) — never the raw JSON, never a stack trace.
 *
 * @param status the HTTP status (0 when the gateway could not be reached; 504 when it answered too late, the gateway's
 *               own problem or the console's wait for it)
 * @param title  the problem's title, or the console's words for a status without a problem body
 * @param detail what went wrong in this request (may be empty)
 * @param errors each bad field or cell
 */
public record ProblemView(int status, String title, String detail, List<Cell> errors) {

    /** One bad field or cell: {@code row} and {@code column} for a feed, {@code field} for a form. */
    public record Cell(String field, Integer row, String column, String message) {
    }

    /**
     * The problem an {@link ApiException} carries, in words: in a Thai page a problem type the console knows is titled
     * in Thai ({@link Messages#problemTitle}); the detail and each row, column and message stay as the API wrote them.
     */
    public static ProblemView of(ApiException e, Messages msg) {
        return of(e, msg.gatewayUnreachable(), msg::statusInWords, msg::problemTitle);
    }

    /** As {@link #of(ApiException, Messages)}, with the words for an unreachable gateway and for a bare status. */
    static ProblemView of(ApiException e, String unreachable, java.util.function.IntFunction<String> inWords) {
        return of(e, unreachable, inWords, slug -> "");
    }

    /**
     * As {@link #of(ApiException, String, java.util.function.IntFunction)}, with {@code titles} giving the page's own
     * title of a problem type by the last segment of its {@code type} (empty: the API's title stays).
     */
    static ProblemView of(ApiException e, String unreachable, java.util.function.IntFunction<String> inWords,
                          java.util.function.Function<String, String> titles) {
        int status = e.getCode();
        String body = e.getResponseBody();
        if (status == 0) {
            // the console's own wait for the gateway ran out (khet.web.gateway-timeout): slow, not unreachable
            return e.getCause() instanceof java.net.http.HttpTimeoutException
                    ? new ProblemView(504, inWords.apply(504), "", List.of())
                    : new ProblemView(0, unreachable, "", List.of());
        }
        if (body != null && !body.isBlank()) {
            try {
                Problem p = Gateway.JSON.readValue(body, Problem.class);
                if (p.getTitle() != null) {
                    List<Cell> cells = p.getErrors() == null ? List.of() : p.getErrors().stream().map(ProblemView::cell).toList();
                    String own = p.getType() == null ? "" : titles.apply(slug(p.getType().toString()));
                    return new ProblemView(status, own == null || own.isBlank() ? p.getTitle() : own,
                            p.getDetail() == null ? "" : p.getDetail(), cells);
                }
            } catch (IOException notAProblem) {
                // a body that is not problem+json is not shown: the status in words instead
            }
        }
        return new ProblemView(status, inWords.apply(status), "", List.of());
    }

    /** A problem type's last path segment ({@code https://khet.dev/problems/not-found} → {@code not-found}). */
    static String slug(String type) {
        String t = type.endsWith("/") ? type.substring(0, type.length() - 1) : type;
        return t.substring(t.lastIndexOf('/') + 1);
    }

    private static Cell cell(FieldError f) {
        return new Cell(f.getField(), f.getRow(), f.getColumn(), f.getMessage());
    }

    /** Whether any error names a feed's row or column (the page then shows them as a table). */
    public boolean hasCells() {
        return errors.stream().anyMatch(c -> c.row() != null || c.column() != null);
    }
}
