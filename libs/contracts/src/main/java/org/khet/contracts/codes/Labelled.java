package org.khet.contracts.codes;

/**
 * A code of Khet's vocabulary with its wire value and its labels: the value is what JSON, feeds and SQL checks
 * carry; the labels are what the Thai and the English report print. An enum keeps them in one {@link Label}; its
 * labels and the reading of a wire value are here.
 */
public interface Labelled {

    /** A constant's wire value and its Thai and English labels. */
    record Label(String code, String th, String en) {
    }

    Label label();

    /**
     * The value as JSON, feeds and the database carry it: {@code label().code()}, implemented by each enum with
     * {@code @JsonValue} (the API document's scanner reads it only from the enum's own methods).
     */
    String code();

    default String labelTh() {
        return label().th();
    }

    default String labelEn() {
        return label().en();
    }

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

    /**
     * The constant of {@code type} for a wire value, as every labelled enum's {@code @JsonCreator} reads it: null for
     * null; an unknown value is an IllegalArgumentException naming the known ones.
     */
    static <E extends Enum<E> & Labelled> E of(Class<E> type, String code) {
        if (code == null) {
            return null;
        }
        E e = byCode(type, code);
        if (e == null) {
            throw new IllegalArgumentException("unknown " + type.getSimpleName() + " '" + code + "'; known: " + codes(type));
        }
        return e;
    }

    /** Every code of {@code type}, in declaration order (for error messages and SQL checks). */
    static <E extends Enum<E> & Labelled> java.util.List<String> codes(Class<E> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(Labelled::code).toList();
    }
}
