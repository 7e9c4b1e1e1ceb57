package org.khet.web;

import org.khet.web.client.model.ReportTextElement;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report text block's elements as one plain text to edit in a text area, and back: elements are separated by a
 * blank line; an element may start with {@code ## title}; lines starting {@code - } are a bulleted list's items,
 * lines starting {@code 1. } (any number) a numbered list's; anything else is a paragraph.
 */
public final class TextCodec {
    private static final Pattern NUMBERED = Pattern.compile("^\\d+[.)]\\s+(.*)$");
    private static final Pattern BULLETED = Pattern.compile("^[-•*]\\s+(.*)$");

    private TextCodec() {
    }

    public static String toText(List<ReportTextElement> elements) {
        List<String> out = new ArrayList<>();
        for (ReportTextElement e : elements) {
            StringBuilder b = new StringBuilder();
            if (e.getTitle() != null && !e.getTitle().isBlank()) {
                b.append("## ").append(e.getTitle().strip()).append('\n');
            }
            switch (e.getKind()) {
                case PARAGRAPH -> b.append(e.getText() == null ? "" : e.getText().strip());
                case BULLETED -> e.getItems().forEach(i -> b.append("- ").append(i.strip()).append('\n'));
                case NUMBERED -> {
                    int n = 1;
                    for (String i : e.getItems()) {
                        b.append(n++).append(". ").append(i.strip()).append('\n');
                    }
                }
            }
            out.add(b.toString().strip());
        }
        return String.join("\n\n", out);
    }

    public static List<ReportTextElement> fromText(String text) {
        List<ReportTextElement> out = new ArrayList<>();
        String normalized = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
        for (String chunk : normalized.split("\n\\s*\n")) {
            List<String> lines = new ArrayList<>(chunk.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
            if (lines.isEmpty()) {
                continue;
            }
            String title = null;
            if (lines.get(0).startsWith("## ")) {
                title = lines.remove(0).substring(3).strip();
            }
            List<String> numbered = items(lines, NUMBERED);
            List<String> bulleted = items(lines, BULLETED);
            ReportTextElement e = new ReportTextElement().title(title);
            if (!lines.isEmpty() && numbered != null) {
                e.kind(ReportTextElement.KindEnum.NUMBERED).items(numbered);
            } else if (!lines.isEmpty() && bulleted != null) {
                e.kind(ReportTextElement.KindEnum.BULLETED).items(bulleted);
            } else {
                e.kind(ReportTextElement.KindEnum.PARAGRAPH).text(String.join("\n", lines));
            }
            out.add(e);
        }
        return out;
    }

    /** Every line's item when every line is one of {@code pattern}'s, else null. */
    private static List<String> items(List<String> lines, Pattern pattern) {
        List<String> items = new ArrayList<>();
        for (String l : lines) {
            Matcher m = pattern.matcher(l);
            if (!m.matches()) {
                return null;
            }
            items.add(m.group(1).strip());
        }
        return items;
    }
}
