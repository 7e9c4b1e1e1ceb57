package org.khet.web;

import io.quarkus.qute.TemplateExtension;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** {@code {clock:local(t)}}: an instant from the API as the clock in Thailand shows it (the API answers in UTC). */
@TemplateExtension(namespace = "clock")
public final class TimeExtensions {
    static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private TimeExtensions() {
    }

    static String local(OffsetDateTime t) {
        return t == null ? "-" : t.atZoneSameInstant(THAILAND).format(MINUTES);
    }
}
