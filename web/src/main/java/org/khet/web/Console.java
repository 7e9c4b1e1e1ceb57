package org.khet.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.util.Optional;

/** What every page handler does: find the session and language, answer a page or a redirect (to a relative address). */
final class Console {
    private Console() {
    }

    /** The signed-in user: the dev sign-in's cookie, or the OIDC session's access token ({@link SignedIn}). */
    static Optional<Session> session(String cookie) {
        return Arc.container().instance(SignedIn.class).get().session(cookie);
    }

    /** A 303 to {@code path} on the console's own origin (relative, so that it stays behind the gateway). */
    static Response seeOther(String path, NewCookie... cookies) {
        return Response.status(Response.Status.SEE_OTHER).header("Location", path).cookie(cookies).build();
    }

    /** Not signed in (or the session expired): to the sign-in page, then back here. */
    static Response signIn(String back) {
        return seeOther("/signin?next=" + java.net.URLEncoder.encode(back, java.nio.charset.StandardCharsets.UTF_8));
    }

    static Response page(int status, TemplateInstance page, Lang lang) {
        page.setLocale(lang.locale());
        return Response.status(status).type("text/html;charset=UTF-8").entity(page).build();
    }

    static Response page(TemplateInstance page, Lang lang) {
        return page(200, page, lang);
    }

    /** The status a page showing {@code problem} answers with: the API's own, or 502 when the gateway was not reached. */
    static int status(ProblemView problem) {
        return problem == null ? 200 : problem.status() == 0 ? 502 : problem.status();
    }
}
