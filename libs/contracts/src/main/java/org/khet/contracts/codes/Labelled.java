package org.khet.contracts.codes;

/**
 * A code of Khet's vocabulary with its wire value and its labels: the value is what JSON, feeds and SQL checks
 * carry; the labels are what the Thai and the English report print.
 */
public interface Labelled {
    /** The value as JSON, feeds and the database carry it. */
    String code();

    String labelTh();

    String labelEn();

    /** The constant of {@code type} whose code is {@code code}, or null. */
    static <E extends Enum<E> & Labelled> E byCode(Class<E> type, String code) {
        if (code == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(code)) {
                return e;
            }
        }
        return null;
    }

    /** Every code of {@code type}, in declaration order (for error messages and SQL checks). */
    static <E extends Enum<E> & Labelled> java.util.List<String> codes(Class<E> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(Labelled::code).toList();
    }
}
