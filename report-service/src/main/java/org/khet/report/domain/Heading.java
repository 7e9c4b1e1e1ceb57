package org.khet.report.domain;

/** A sub-heading inside a section (level 3: "1.1 ปริมาณการศึกษา", "กลยุทธ์ 1 …"). */
public record Heading(String text) implements Block {
}
