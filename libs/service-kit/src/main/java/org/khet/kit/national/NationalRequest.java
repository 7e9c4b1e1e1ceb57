package org.khet.kit.national;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.khet.kit.paging.PageRequest;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What every national roll-up reads besides its year ({@code @BeanParam}), documented once: the filters by
 * affiliation and province, the sort, the page and the format of the answer.
 */
public class NationalRequest {
    @Parameter(description = "Only primary (สพป.) or only secondary (สพม.) areas", example = "primary")
    @QueryParam("affiliation")
    String affiliation;

    @Parameter(description = "Only the areas of this province, as the area's profile names it", example = "พะเยา")
    @QueryParam("province")
    String province;

    @Parameter(description = "A column's key to sort by, '-' before it for descending (default: the roll-up's own order)",
            example = "-score")
    @QueryParam("sort")
    String sort;

    @Parameter(description = "Page number, from 0 (JSON only: a download holds every row)")
    @QueryParam("page")
    String page;

    @Parameter(description = "Rows per page, 1 to 500 (default 50)")
    @QueryParam("size")
    String size;

    @Parameter(description = "json (default), csv or xlsx")
    @QueryParam("format")
    String format;

    public NationalRequest() {
    }

    /** For callers outside a request (tests, benchmarks). */
    public NationalRequest(String affiliation, String province, String sort, String page, String size, String format) {
        this.affiliation = affiliation;
        this.province = province;
        this.sort = sort;
        this.page = page;
        this.size = size;
        this.format = format;
    }

    /** The request checked against the roll-up's column keys: every bad parameter is named in one 400. */
    public NationalQuery query(Set<String> sortKeys) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String aff = affiliation(affiliation, errors);
        String s = blankToNull(sort);
        boolean descending = s != null && s.startsWith("-");
        String key = s == null ? null : descending ? s.substring(1) : s;
        if (key != null && !sortKeys.contains(key)) {
            errors.add(Problem.FieldError.field("sort", "must be one of " + sortKeys.stream().sorted().toList()
                    + " (with '-' for descending), got '" + s + "'"));
        }
        NationalQuery.Format f = NationalQuery.Format.of(blankToNull(format));
        if (f == null) {
            errors.add(Problem.FieldError.field("format", "must be json, csv or xlsx, got '" + format + "'"));
        }
        PageRequest paging;
        try {
            paging = PageRequest.of(page, size);
        } catch (ProblemException e) {
            errors.addAll(e.errors() == null ? List.of() : e.errors());
            paging = null;
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation("the roll-up's parameters are not valid", errors);
        }
        return new NationalQuery(aff, blankToNull(province), key, descending, paging, f);
    }

    /**
     * An affiliation filter as every national read takes it: null when blank, else primary or secondary; anything
     * else adds its field error to {@code errors}.
     */
    public static String affiliation(String value, List<Problem.FieldError> errors) {
        String aff = blankToNull(value);
        if (aff != null && !aff.equals("primary") && !aff.equals("secondary")) {
            errors.add(Problem.FieldError.field("affiliation", "must be primary or secondary, got '" + aff + "'"));
        }
        return aff;
    }

    /** A blank parameter is no parameter. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
