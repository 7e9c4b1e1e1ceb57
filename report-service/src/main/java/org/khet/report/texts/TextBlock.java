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
    PART4("part4", "ปัญหา/อุปสรรค ข้อเสนอแนะ และแนวทางการพัฒนา"),
    /** The office's signature under the foreword (the office, or who signs for it). */
    SIGNATORIES("signatories", "ผู้ลงนาม"),
    /** Part 1's ที่ตั้งและอาณาเขต: where the office is, what it covers and its borders, before Table 1. */
    BORDERS("borders", "สถานที่ตั้งและอาณาเขต"),
    /** Part 1: each district's paragraph, after the borders and before Table 1. */
    DISTRICTS("districts", "อำเภอในเขตพื้นที่บริการ"),
    /** Part 2: the introduction of the office's policy announcement, before the policies. */
    POLICY_INTRO("policy-intro", "นโยบายและจุดเน้น"),
    /** Part 2: the core values' heading ("ค่านิยมหลักขององค์กร Phayao2 – PUSH …"), before the values. */
    CORE_VALUES("core-values", "ค่านิยมหลักขององค์กร"),
    /** คณะผู้จัดทำ: who made the report, names and roles by group, the last section of the appendix. */
    CREDITS("credits", "คณะผู้จัดทำ");

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

    /** Every block's key, as the API's descriptions list them. */
    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(TextBlock::key).toList());
    }

    public static Optional<TextBlock> byKey(String key) {
        return Arrays.stream(values()).filter(b -> b.key.equals(key)).findFirst();
    }
}
