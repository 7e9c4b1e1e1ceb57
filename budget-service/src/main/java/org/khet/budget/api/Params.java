package org.khet.budget.api;

import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * Dates and ids of paths and queries, parsed so that a bad date is a 400 naming the parameter and a bad id a 404,
 * never a 500 (years and area codes are typed parameters: the kit's {@code KhetParamConverters}).
 */
final class Params {
    private Params() {
    }

    static LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw bad(name, "must be a date as YYYY-MM-DD (Gregorian), got '" + raw + "'");
        }
    }

    static UUID id(String what, String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound(what + " '" + raw + "' does not exist");
        }
    }

    private static ProblemException bad(String name, String message) {
        return ProblemException.validation("query parameter " + name + " is not valid",
                List.of(Problem.FieldError.field(name, message)));
    }
}
