package org.khet.contracts.read.project;

import org.khet.contracts.codes.Labelled;

/** Reads the project vocabulary's wire values. */
final class ProjectCodes {
    private ProjectCodes() {
    }

    /** The constant of {@code type} for {@code code}; null for null; an unknown code names the known ones. */
    static <E extends Enum<E> & Labelled> E of(Class<E> type, String code) {
        if (code == null) {
            return null;
        }
        E e = Labelled.byCode(type, code);
        if (e == null) {
            throw new IllegalArgumentException("unknown " + type.getSimpleName() + " '" + code + "'; known: "
                    + Labelled.codes(type));
        }
        return e;
    }
}
