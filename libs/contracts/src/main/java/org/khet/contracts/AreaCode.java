package org.khet.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/**
 * An Educational Service Area Office's code: its 4-digit SMIS code ("5602" = Phayao, area 2). This checks the form
 * only; whether the directory knows the area is the org directory's question ({@code OrgDirectory.requireArea}).
 */
public record AreaCode(String code) {
    public static final Pattern FORMAT = Pattern.compile("[0-9]{4}");
    public static final String EXPECTED = "4 digits, e.g. 5602";

    public AreaCode {
        if (code == null || !FORMAT.matcher(code).matches()) {
            throw new IllegalArgumentException("an area code is " + EXPECTED + ", got '" + code + "'");
        }
    }

    @JsonCreator
    public static AreaCode of(String code) {
        return new AreaCode(code);
    }

    public static boolean isAreaCode(String code) {
        return code != null && FORMAT.matcher(code).matches();
    }

    @JsonValue
    @Override
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}
