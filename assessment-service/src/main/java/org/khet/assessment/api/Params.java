package org.khet.assessment.api;

import org.khet.contracts.BuddhistEra;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;

import java.util.List;

/** Query parameters parsed so that a bad value is a 400 naming the parameter. */
final class Params {
    private Params() {
    }

    static Integer year(String name, String raw, boolean required) {
        if (raw == null || raw.isBlank()) {
            if (required) {
                throw ProblemException.validation(name + " is required",
                        List.of(Problem.FieldError.field(name, "is required, a Buddhist-era year such as 2566")));
            }
            return null;
        }
        try {
            return BuddhistEra.requireBe(Integer.parseInt(raw.strip()), name);
        } catch (NumberFormatException e) {
            throw ProblemException.validation(name + " is not a year",
                    List.of(Problem.FieldError.field(name, "must be a Buddhist-era year such as 2566, got '" + raw + "'")));
        } catch (IllegalArgumentException e) {
            throw ProblemException.validation(e.getMessage(), List.of(Problem.FieldError.field(name, e.getMessage())));
        }
    }
}
