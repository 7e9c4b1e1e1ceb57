package org.khet.contracts.events.assessment;

import java.util.List;

/** {@code assessment.TestDefined.v1}: a test of the catalogue and its subjects were defined or changed. */
public record TestDefined(String code, String family, String grade, String nameTh, List<Subject> subjects) {
    public static final String TYPE = "assessment.TestDefined.v1";

    public record Subject(String code, String nameTh) {
    }
}
