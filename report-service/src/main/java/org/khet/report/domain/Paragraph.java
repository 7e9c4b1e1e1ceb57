package org.khet.report.domain;

/** Running text. A {@code label} (e.g. "วิสัยทัศน์") is printed in bold before the text when present. */
public record Paragraph(String label, String text) implements Block {
    public static Paragraph of(String text) {
        return new Paragraph(null, text);
    }
}
