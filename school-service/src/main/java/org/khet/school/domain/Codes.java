package org.khet.school.domain;

import org.khet.contracts.AreaCode;
import org.khet.kit.feed.FeedErrors;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The formats of org codes: OBEC is "obec"; an area is its 4-digit SMIS code ("5602" = Phayao, area 2); a district
 * is its area's code and a 2-digit number ("5602-01"); a school is its 8-digit SMIS or 10-digit OBEC code.
 */
public final class Codes {
    public static final String OBEC = "obec";
    public static final Pattern AREA = AreaCode.FORMAT;
    public static final Pattern DISTRICT = Pattern.compile("([0-9]{4})-[0-9]{2}");
    /** The one school-code format, the one the kit's feed check ({@link FeedErrors#registeredOpenSchool}) holds rows to. */
    public static final Pattern SCHOOL = FeedErrors.SCHOOL_CODE;

    private Codes() {
    }

    public static String area(String code) {
        return require(code, AREA, "area code", AreaCode.EXPECTED);
    }

    public static String district(String code) {
        return require(code, DISTRICT, "district code", "the area code, a dash and 2 digits, e.g. 5602-01");
    }

    public static String school(String code) {
        return require(code, SCHOOL, "school code", "8 or 10 digits (OBEC school code), e.g. 1056020001");
    }

    public static boolean isSchool(String code) {
        return code != null && SCHOOL.matcher(code).matches();
    }

    private static String require(String code, Pattern p, String what, String expected) {
        if (code == null || !p.matcher(code).matches()) {
            throw ProblemException.validation(what + " '" + code + "' is not valid",
                    List.of(Problem.FieldError.field("code", "must be " + expected + ", got '" + code + "'")));
        }
        return code;
    }
}
