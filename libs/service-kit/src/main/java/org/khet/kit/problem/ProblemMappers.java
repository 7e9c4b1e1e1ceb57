package org.khet.kit.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one place where exceptions become {@code application/problem+json}. Bad input of any kind is a 4xx
 * with a body that says what and where; only a fault of Khet itself is a 500, and it is logged.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(v -> Problem.FieldError.field(fieldName(v), v.getMessage()))
                .collect(Collectors.toList());
        return respond(new Problem(Problem.type("validation"), "The request is not valid", 400,
                errors.size() + " field(s) are not valid", path(uri), errors));
    }

    @ServerExceptionMapper
    public Response unrecognizedField(UnrecognizedPropertyException e, UriInfo uri) {
        return respond(new Problem(Problem.type("validation"), "The request is not valid", 400,
                "unknown field '" + e.getPropertyName() + "'", path(uri),
                List.of(Problem.FieldError.field(jsonPath(e), "unknown field; known fields: " + e.getKnownPropertyIds()))));
    }

    @ServerExceptionMapper
    public Response refusedText(org.khet.kit.json.StrictJson.TextRefused e, UriInfo uri) {
        String field = jsonPath(e);
        return respond(new Problem(Problem.type("invalid-text"), "A text value is not accepted", 400,
                (field.isEmpty() ? "a value" : "'" + field + "'") + ": " + e.reason(), path(uri),
                field.isEmpty() ? null : List.of(Problem.FieldError.field(field, e.reason()))));
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        String expected = e.getTargetType() == null ? "another type" : e.getTargetType().getSimpleName();
        return respond(new Problem(Problem.type("wrong-type"), "A value has the wrong type", 400,
                "'" + e.getValue() + "' is not a valid " + expected, path(uri),
                List.of(Problem.FieldError.field(jsonPath(e), "expected " + expected + ", got '" + e.getValue() + "'"))));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String expected = e.getTargetType() == null ? "another type" : e.getTargetType().getSimpleName();
        String field = jsonPath(e);
        return respond(new Problem(Problem.type("wrong-type"), "A value has the wrong type", 400,
                field.isEmpty() ? "the body does not have the expected shape (" + expected + ")"
                        : "'" + field + "' must be " + expected,
                path(uri), field.isEmpty() ? null : List.of(Problem.FieldError.field(field, "expected " + expected))));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        var loc = e.getLocation();
        String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        return respond(new Problem(Problem.type("malformed-json"), "The body is not valid JSON", 400,
                e.getOriginalMessage() + where, path(uri), null));
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e, UriInfo uri) {
        return respond(new Problem(Problem.type("malformed-json"), "The body is not valid JSON", 400,
                e.getOriginalMessage(), path(uri), null));
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return respond(new Problem(Problem.type("conflict"), "Conflict with the current state", 409,
                "the resource was changed by another request at the same time; read it again and retry", path(uri), null));
    }

    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri) {
        if (DatabaseUnavailable.is(e)) {
            return DatabaseUnavailable.respond(e, path(uri));
        }
        Problem p = fromDatabase(e, path(uri));
        if (p == null) {
            LOG.error("database error on " + path(uri), e);
            return respond(serverError(path(uri)));
        }
        return respond(p);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof ProblemException pe) {
            // a ParamConverter's problem, carried through the parameter handling in a WebApplicationException
            return problem(pe, uri);
        }
        // the JSON reader wraps Jackson's errors in a 400; answer with what Jackson found
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof org.khet.kit.json.StrictJson.TextRefused tr) {
                return refusedText(tr, uri);
            }
            if (t instanceof InvalidFormatException ife) {
                return invalidFormat(ife, uri);
            }
            if (t instanceof UnrecognizedPropertyException upe) {
                return unrecognizedField(upe, uri);
            }
            if (t instanceof MismatchedInputException mie) {
                return mismatchedInput(mie, uri);
            }
            if (t instanceof JsonParseException jpe) {
                return malformedJson(jpe, uri);
            }
        }
        Response r = e.getResponse();
        int status = r.getStatus();
        if (status >= 500) {
            LOG.error("server error on " + path(uri), e);
        }
        Response.Status s = Response.Status.fromStatusCode(status);
        String title = s == null ? "Error" : s.getReasonPhrase();
        String detail = e.getMessage();
        Response.ResponseBuilder b = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(Problem.type(slugFor(status)), title, status, detail, path(uri), null));
        for (String h : List.of(HttpHeaders.ALLOW, HttpHeaders.RETRY_AFTER, HttpHeaders.WWW_AUTHENTICATE)) {
            if (r.getHeaderString(h) != null) {
                b.header(h, r.getHeaderString(h));
            }
        }
        return b.build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseUnavailable.is(e)) {
            return DatabaseUnavailable.respond(e, path(uri));
        }
        if (e instanceof IllegalArgumentException && e.getStackTrace().length > 0
                && e.getStackTrace()[0].getClassName().startsWith("org.khet.contracts.")) {
            // a value type of the contracts (Money, AreaCode, the years) refused a value taken from the request, e.g.
            // an amount with three decimals: the client's input, so a 400 that says why
            return respond(new Problem(Problem.type("invalid-value"), "A value does not fit", 400, e.getMessage(),
                    path(uri), null));
        }
        Problem fromDb = databaseCause(e) == null ? null : fromDatabase(e, path(uri));
        if (fromDb != null) {
            return respond(fromDb);
        }
        LOG.error("unexpected error on " + path(uri), e);
        return respond(serverError(path(uri)));
    }

    static Problem serverError(String instance) {
        return new Problem(Problem.type("internal"), "Internal error", 500,
                "Khet failed to process the request; the error was logged", instance, null);
    }

    /** Maps integrity-constraint failures raised by PostgreSQL to 409 / 400; other database errors to null. */
    static Problem fromDatabase(Throwable e, String instance) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.hibernate.exception.ConstraintViolationException cve) {
                ConstraintKind kind = cve.getKind();
                String constraint = cve.getConstraintName();
                if (kind == ConstraintKind.UNIQUE) {
                    return new Problem(Problem.type("conflict"), "Conflict with the current state", 409,
                            "a record with the same key already exists" + named(constraint), instance, null);
                }
                return new Problem(Problem.type("constraint"), "The data breaks a rule", 409,
                        "the change breaks the rule" + named(constraint), instance, null);
            }
        }
        SQLException sql = databaseCause(e);
        if (sql != null && INPUT_DATA_ERRORS.contains(sql.getSQLState())) {
            // a value that does not fit its column (numeric overflow, text too long, not a number, not a date) got
            // past the service's own checks; it is still the client's input, so a 400, never a 500 (other data
            // exceptions, such as a division by zero, are the server's own errors)
            LOG.warnf("a value reached the database unchecked on %s: %s", instance, sql.getMessage());
            return new Problem(Problem.type("invalid-value"), "A value does not fit", 400,
                    "a value is out of range or of the wrong form: " + firstLine(sql.getMessage()), instance, null);
        }
        if (sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
            boolean unique = "23505".equals(sql.getSQLState());
            return new Problem(Problem.type(unique ? "conflict" : "constraint"),
                    unique ? "Conflict with the current state" : "The data breaks a rule", 409,
                    unique ? "a record with the same key already exists" : "the change breaks a data rule", instance, null);
        }
        return null;
    }

    private static SQLException databaseCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }

    /**
     * SQLState data exceptions that a client's value causes: string too long, numeric out of range, invalid text
     * representation, invalid datetime format, datetime out of range, invalid byte sequence (UTF-8).
     */
    private static final java.util.Set<String> INPUT_DATA_ERRORS = java.util.Set.of("22001", "22003", "22P02", "22007",
            "22008", "22021");

    /** PostgreSQL's message without its "ERROR: " prefix and its detail lines. */
    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String first = message.lines().findFirst().orElse("").trim();
        return first.startsWith("ERROR: ") ? first.substring(7) : first;
    }

    private static String named(String constraint) {
        return constraint == null ? "" : " (" + constraint + ")";
    }

    static String slugFor(int status) {
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 412 -> "precondition-failed";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            case 428 -> "precondition-required";
            case 429 -> "too-many-requests";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal" : "error";
        };
    }

    static Response respond(Problem p) {
        Response.ResponseBuilder b = Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p);
        if (p.status() == 503) {
            // every "unavailable" answer says when to try again, as the database outage's does
            b.header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
        }
        return b.build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static String fieldName(ConstraintViolation<?> v) {
        // "create.arg0.name" → "name": drop the method and parameter segments of method validation
        String path = v.getPropertyPath().toString();
        List<String> parts = new ArrayList<>(List.of(path.split("\\.")));
        if (parts.size() > 2 && v.getExecutableParameters() != null) {
            return String.join(".", parts.subList(2, parts.size()));
        }
        return parts.size() == 2 && v.getExecutableParameters() != null ? parts.get(1) : path;
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
