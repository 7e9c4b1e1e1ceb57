package org.khet.contracts.read.project;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.khet.contracts.codes.Labelled;

/** Who pays for a project: the area office (สพป.), OBEC (สพฐ.) or another body (หน่วยงานอื่น). */
public enum FundingSource implements Labelled {
    AREA("AREA", "สำนักงานเขตพื้นที่การศึกษา", "area office"),
    OBEC("OBEC", "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน", "OBEC"),
    OTHER("OTHER", "หน่วยงานอื่น", "another body");

    private final String code;
    private final String labelTh;
    private final String labelEn;

    FundingSource(String code, String labelTh, String labelEn) {
        this.code = code;
        this.labelTh = labelTh;
        this.labelEn = labelEn;
    }

    @Override
    @JsonValue
    public String code() {
        return code;
    }

    @Override
    public String labelTh() {
        return labelTh;
    }

    @Override
    public String labelEn() {
        return labelEn;
    }

    /** The constant for a wire value; null for null; an unknown value is an IllegalArgumentException naming the known ones. */
    @JsonCreator
    public static FundingSource of(String code) {
        if (code == null) {
            return null;
        }
        FundingSource e = Labelled.byCode(FundingSource.class, code);
        if (e == null) {
            throw new IllegalArgumentException("unknown FundingSource '" + code + "'; known: " + Labelled.codes(FundingSource.class));
        }
        return e;
    }
}
