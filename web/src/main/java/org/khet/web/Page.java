package org.khet.web;

/**
 * What every page's frame shows: the language, the signed-in user (null on the sign-in page) and the address of
 * this page in the other language.
 */
public record Page(String lang, Session session, String otherLang, String otherLangUrl) {

    public static Page of(Lang lang, Session session, String path) {
        String other = lang.other();
        return new Page(lang.code(), session, other, path + (path.contains("?") ? "&" : "?") + "lang=" + other);
    }

    /** The home of the signed-in user: the school's page, OBEC's view of every area, or the area's round board. */
    public String home() {
        if (session == null) {
            return "/signin";
        }
        if (session.isSchool()) {
            return "/schools/" + session.org();
        }
        return session.org().isEmpty() || session.org().equals("obec") ? "/national" : "/areas/" + session.org();
    }

    /** What this user is offered to do (the services still decide). */
    public Actions can() {
        return Actions.of(session);
    }
}
