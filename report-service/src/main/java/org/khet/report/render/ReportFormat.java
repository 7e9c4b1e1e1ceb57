package org.khet.report.render;

import java.util.Locale;
import java.util.Optional;

/** The report's formats, by {@code ?format=} name and by media type. */
public enum ReportFormat {
    JSON("json", "application/json"),
    HTML("html", "text/html"),
    DOCX("docx", ReportFormat.DOCX_MEDIA_TYPE),
    XLSX("xlsx", ReportFormat.XLSX_MEDIA_TYPE),
    PDF("pdf", ReportFormat.PDF_MEDIA_TYPE);

    public static final String DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF_MEDIA_TYPE = "application/pdf";

    private final String key;
    private final String mediaType;

    ReportFormat(String key, String mediaType) {
        this.key = key;
        this.mediaType = mediaType;
    }

    public String key() {
        return key;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The Content-Type header: text formats say their charset. */
    public String contentType() {
        return this == JSON || this == HTML ? mediaType + ";charset=UTF-8" : mediaType;
    }

    public static Optional<ReportFormat> byKey(String key) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) {
            if (f.key.equals(k)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public static Optional<ReportFormat> byMediaType(String mediaType) {
        String m = mediaType.strip().toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) {
            if (f.mediaType.equals(m)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
