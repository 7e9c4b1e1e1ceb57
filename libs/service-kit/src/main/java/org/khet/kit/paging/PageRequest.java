package org.khet.kit.paging;

import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;

/** {@code ?page=&size=} of a list endpoint: page from 0, size 1–500 (default 50). */
public record PageRequest(int page, int size) {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    /** Parses the raw query values so that "abc" or -1 is a 400 naming the parameter, not a 404 or 500. */
    public static PageRequest of(String page, String size) {
        List<Problem.FieldError> errors = new ArrayList<>();
        int p = parse("page", page, 0, 0, Integer.MAX_VALUE, errors);
        int s = parse("size", size, DEFAULT_SIZE, 1, MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.validation("paging parameters are not valid", errors);
        }
        return new PageRequest(p, s);
    }

    public int offset() {
        return Math.multiplyExact(page, size);
    }

    private static int parse(String name, String raw, int dflt, int min, int max, List<Problem.FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return dflt;
        }
        try {
            int v = Integer.parseInt(raw.strip());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        errors.add(Problem.FieldError.field(name, "must be a whole number from " + min + " to " + max + ", got '" + raw + "'"));
        return dflt;
    }
}
