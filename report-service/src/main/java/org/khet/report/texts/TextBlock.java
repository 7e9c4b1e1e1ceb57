package org.khet.report.texts;

import java.util.Arrays;
import java.util.Optional;

/** The office's narrative blocks the report prints from stored texts, by the key the API names them with. */
public enum TextBlock {
    /** คำนำ, a part of its own before Part 1. */
    FOREWORD("foreword", "คำนำ"),
    /** อำนาจหน้าที่, the first section of Part 1. */
    MANDATE("mandate", "อำนาจหน้าที่ตามกฎหมาย"),
    /** Part 4: the office's own problems and obstacles, suggestions and development approach. */
    PART4("part4", "ปัญหา/อุปสรรค ข้อเสนอแนะ และแนวทางการพัฒนา");

    private final String key;
    private final String titleTh;

    TextBlock(String key, String titleTh) {
        this.key = key;
        this.titleTh = titleTh;
    }

    public String key() {
        return key;
    }

    public String titleTh() {
        return titleTh;
    }

    public static Optional<TextBlock> byKey(String key) {
        return Arrays.stream(values()).filter(b -> b.key.equals(key)).findFirst();
    }
}
