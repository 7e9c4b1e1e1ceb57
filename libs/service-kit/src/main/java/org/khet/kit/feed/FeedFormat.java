package org.khet.kit.feed;

import org.khet.kit.problem.ProblemException;

import java.util.Locale;

/** The file formats every feed accepts: what schools and finance systems actually send. */
public enum FeedFormat {
    CSV("text/csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    JSON("application/json");

    public final String mediaType;

    FeedFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** From {@code ?format=} if given, else from the Content-Type header. */
    public static FeedFormat of(String formatParam, String contentType) {
        if (formatParam != null && !formatParam.isBlank()) {
            try {
                return valueOf(formatParam.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ProblemException(415, "unsupported-media-type", "Unsupported Media Type",
                        "format '" + formatParam + "' is not one of csv, xlsx, json", null);
            }
        }
        String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        for (FeedFormat f : values()) {
            if (f.mediaType.equals(ct)) {
                return f;
            }
        }
        if (ct.equals("application/csv") || ct.equals("text/plain")) {
            return CSV;
        }
        throw new ProblemException(415, "unsupported-media-type", "Unsupported Media Type",
                "a feed is sent as text/csv, " + XLSX.mediaType + " or application/json (or with ?format=), not '"
                        + contentType + "'", null);
    }
}
