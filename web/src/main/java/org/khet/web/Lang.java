package org.khet.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import java.util.Locale;

/** Thai first; English when asked ({@code ?lang=en}, remembered in the {@code khet_lang} cookie). */
public record Lang(String code) {
    public static final String COOKIE = "khet_lang";
    public static final Lang TH = new Lang("th");

    /** The language of a request: its {@code lang} parameter, else its cookie, else Thai. */
    public static Lang of(String param, String cookie) {
        String asked = param != null && !param.isBlank() ? param : cookie;
        return "en".equals(asked) ? new Lang("en") : TH;
    }

    public String other() {
        return code.equals("en") ? "th" : "en";
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The console's messages in this language. */
    public Messages msg() {
        return code.equals("en") ? MessageBundles.get(Messages.class, Localized.Literal.of("en"))
                : MessageBundles.get(Messages.class);
    }
}
