package org.khet.project.api;

import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;

import java.util.List;
import java.util.UUID;

/** Raw path and query values parsed so that "abc" is a 400 (or a 404 for ids) naming the parameter. */
final class Params {
    private Params() {
    }

    static Integer integer(String name, String raw, boolean required) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                throw ProblemException.validation(name + " is required",
                        List.of(Problem.FieldError.field(name, "is required")));
            }
            return null;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.validation(name + " is not a whole number",
                    List.of(Problem.FieldError.field(name, "must be a whole number, got '" + raw + "'")));
        }
    }

    static Integer fiscalYear(String raw, boolean required) {
        Integer fy = integer("fiscalYear", raw, required);
        if (fy != null && (fy < org.khet.contracts.BuddhistEra.MIN_BE || fy > org.khet.contracts.BuddhistEra.MAX_BE)) {
            throw ProblemException.validation("fiscalYear is not a Buddhist-era year",
                    List.of(Problem.FieldError.field("fiscalYear", "must be a Buddhist-era year such as 2566, got " + raw)));
        }
        return fy;
    }

    static UUID id(String what, String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound(what + " '" + raw + "' does not exist");
        }
    }
}
