package org.khet.budget.api;

import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** Query and path values parsed so that a bad one is a 400 naming the parameter, never a 404 or 500. */
final class Params {
    private Params() {
    }

    static Integer fiscalYear(String raw, boolean required) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                throw bad("fiscalYear", "is required (Buddhist era, e.g. 2566)");
            }
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            throw bad("fiscalYear", "must be a Buddhist-era year such as 2566, got '" + raw + "'");
        }
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
