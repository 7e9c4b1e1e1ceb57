package org.khet.school.domain;

import java.util.Arrays;
import java.util.List;

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

    public enum Level {
        PRE_PRIMARY("ก่อนประถมศึกษา"), PRIMARY("ประถมศึกษา"), LOWER_SECONDARY("มัธยมศึกษาตอนต้น"),
        UPPER_SECONDARY("มัธยมศึกษาตอนปลาย");

        public final String nameTh;

        Level(String nameTh) {
            this.nameTh = nameTh;
        }
    }
}
