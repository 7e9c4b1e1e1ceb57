package org.khet.kit.problem;

import java.util.List;

/**
 * Thrown by services for any request that cannot be served; mapped to problem+json in one place.
 * Use the factory methods so the status, type and title of a class of error stay the same everywhere.
 */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ProblemException validation(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(400, "validation", "The request is not valid", detail, errors);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "bad-request", "The request is not valid", detail, null);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Not found", detail, null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Conflict with the current state", detail, null);
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, "precondition-failed", "The resource has changed", detail, null);
    }

    public static ProblemException unprocessable(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(422, "unprocessable", "The content cannot be processed", detail, errors);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Problem toProblem(String instance) {
        return new Problem(Problem.type(slug), title, status, getMessage(), instance, errors.isEmpty() ? null : errors);
    }
}
