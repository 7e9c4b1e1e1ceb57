package org.khet.school.domain;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/** ระดับชั้น: the grades of OBEC schools (K1–M6), grouped by level as Table 1.1.3 prints them. */
public enum Grade {
    K1("อนุบาล 1", Level.PRE_PRIMARY), K2("อนุบาล 2", Level.PRE_PRIMARY), K3("อนุบาล 3", Level.PRE_PRIMARY),
    P1("ประถมศึกษาปีที่ 1", Level.PRIMARY), P2("ประถมศึกษาปีที่ 2", Level.PRIMARY),
    P3("ประถมศึกษาปีที่ 3", Level.PRIMARY), P4("ประถมศึกษาปีที่ 4", Level.PRIMARY),
    P5("ประถมศึกษาปีที่ 5", Level.PRIMARY), P6("ประถมศึกษาปีที่ 6", Level.PRIMARY),
    M1("มัธยมศึกษาปีที่ 1", Level.LOWER_SECONDARY), M2("มัธยมศึกษาปีที่ 2", Level.LOWER_SECONDARY),
    M3("มัธยมศึกษาปีที่ 3", Level.LOWER_SECONDARY), M4("มัธยมศึกษาปีที่ 4", Level.UPPER_SECONDARY),
    M5("มัธยมศึกษาปีที่ 5", Level.UPPER_SECONDARY), M6("มัธยมศึกษาปีที่ 6", Level.UPPER_SECONDARY);

    public final String nameTh;
    public final Level level;

    Grade(String nameTh, Level level) {
        this.nameTh = nameTh;
        this.level = level;
    }

    public static final List<String> CODES = Arrays.stream(values()).map(Enum::name).toList();

    /** A level of grades; {@code code} is how the register names the levels a school teaches ({@code school.levels}). */
    public enum Level {
        PRE_PRIMARY("ก่อนประถมศึกษา", "kindergarten"), PRIMARY("ประถมศึกษา", "primary"),
        LOWER_SECONDARY("มัธยมศึกษาตอนต้น", "lower-secondary"), UPPER_SECONDARY("มัธยมศึกษาตอนปลาย", "upper-secondary");

        public final String nameTh;
        public final String code;

        Level(String nameTh, String code) {
            this.nameTh = nameTh;
            this.code = code;
        }

        public static final List<String> CODES = Arrays.stream(values()).map(l -> l.code).toList();

        /**
         * The levels a school teaches as the register stores them: known codes, each once, in the levels' order; null
         * for none (unknown). An unknown code is an IllegalArgumentException naming it and the known ones.
         */
        public static List<String> register(Collection<String> codes) {
            EnumSet<Level> out = EnumSet.noneOf(Level.class);
            for (String c : codes) {
                String code = c == null ? "" : c.strip().toLowerCase(Locale.ROOT);
                Level l = Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("unknown level '" + c + "'; known: "
                                + String.join(", ", CODES)));
                out.add(l);
            }
            return out.isEmpty() ? null : out.stream().map(l -> l.code).toList();
        }
    }
}
