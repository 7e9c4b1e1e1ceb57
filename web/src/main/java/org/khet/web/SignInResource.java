package org.khet.web;

import io.quarkus.security.UnauthorizedException;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.khet.devstack.DevTokens;

import java.security.PrivateKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sign-in and sign-out. In development ({@code khet.web.dev-signin.enabled}, which {@code ./khet up} turns on) the
 * sign-in page is the dev issuer's: pick a role and an org unit, and the console mints a token with the dev key, as
 * {@code ./khet token} does. The session is that token in an HttpOnly, SameSite=Lax cookie that expires with it.
 * In production ({@code khet.web.oidc.enabled}) {@code /signin} is the provider's: it starts the OIDC authorization-code
 * flow and ends back here signed in; {@code /signout} is then Quarkus's RP-initiated logout (it ends the provider's
 * session and the console's), and the development form is off (docs/adr/0028).
 */
@Path("/")
@Blocking
public class SignInResource {
    private static final Pattern ORG = Pattern.compile("obec|[0-9]{4}|[0-9]{8,10}");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}\\p{N} ._@-]{1,80}");

    private final WebConfig config;

    public SignInResource(WebConfig config) {
        this.config = config;
    }

    @GET
    public Response home(@CookieParam(Session.COOKIE) String cookie) {
        Optional<Session> session = Console.session(cookie);
        return session.map(s -> Console.seeOther(Page.of(Lang.TH, s, "/").home())).orElseGet(() -> Console.seeOther("/signin"));
    }

    @GET
    @Path("signin")
    public Response form(@QueryParam("next") String next, @QueryParam("lang") String langParam,
                         @CookieParam(Lang.COOKIE) String langCookie) {
        Lang lang = Lang.of(langParam, langCookie);
        if (config.oidc().enabled()) {
            // the provider's sign-in: Quarkus starts the code flow, and after it comes back here (restore-path)
            Session session = Console.session(null).orElseThrow(UnauthorizedException::new);
            String back = local(next);
            return Console.seeOther(back.isEmpty() ? Page.of(lang, session, "/").home() : back);
        }
        return Console.page(Templates.signin(Page.of(lang, null, "/signin"), SignedIn.devSignin(config), Session.ROLES,
                "area-officer", "5602", "", local(next), null), lang);
    }

    @POST
    @Path("signin")
    public Response signIn(@FormParam("role") String role, @FormParam("org") String org, @FormParam("name") String name,
                           @FormParam("next") String next, @QueryParam("lang") String langParam, @CookieParam(Lang.COOKIE) String langCookie,
                           @Context UriInfo uri) {
        Lang lang = Lang.of(langParam, langCookie);
        Messages msg = lang.msg();
        Page page = Page.of(lang, null, "/signin");
        if (config.oidc().enabled()) {
            return Console.seeOther("/signin");
        }
        if (!config.devSignin().enabled()) {
            return Console.page(403, Templates.signin(page, false, Session.ROLES, role, org, name, local(next),
                    new ProblemView(403, msg.devSigninOff(), "", List.of())), lang);
        }
        String o = org == null ? "" : org.strip();
        String n = name == null || name.isBlank() ? role + "@" + o : name.strip();
        List<ProblemView.Cell> errors = new java.util.ArrayList<>();
        if (role == null || !Session.ROLES.contains(role)) {
            errors.add(new ProblemView.Cell("role", null, null, msg.roleUnknown()));
        }
        if (!ORG.matcher(o).matches()) {
            errors.add(new ProblemView.Cell("org", null, null, msg.orgInvalid()));
        }
        if (!NAME.matcher(n).matches()) {
            errors.add(new ProblemView.Cell("name", null, null, msg.nameInvalid()));
        }
        if (!errors.isEmpty()) {
            return Console.page(400, Templates.signin(page, true, Session.ROLES, role, o, name, local(next),
                    new ProblemView(400, msg.signinInvalid(), "", errors)), lang);
        }
        long ttl = config.devSignin().ttl().toSeconds();
        String token;
        try {
            PrivateKey key = DevTokens.ensureKeys(java.nio.file.Path.of(config.devSignin().keys()));
            token = DevTokens.mint(key, DevTokens.DEFAULT_ISSUER, DevTokens.DEFAULT_AUDIENCE, n, role, List.of(o), ttl);
        } catch (Exception e) {
            return Console.page(500, Templates.signin(page, true, Session.ROLES, role, o, name, local(next),
                    new ProblemView(500, msg.devKeyMissing(), e.getMessage() == null ? "" : e.getMessage(), List.of())), lang);
        }
        Session session = Session.of(token, Instant.now()).orElseThrow();
        String back = local(next);
        return Console.seeOther(back.isEmpty() ? Page.of(lang, session, "/").home() : back, cookie(token, (int) ttl, uri));
    }

    @POST
    @Path("signout")
    public Response signOut(@Context UriInfo uri) {
        return Console.seeOther("/signin", cookie("", 0, uri));
    }

    /** {@code next} when it is a path of this console (never another site: no scheme, no "//"), else "". */
    static String local(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && !next.startsWith("/signin") ? next : "";
    }

    /** The session cookie: HttpOnly (no script reads it), SameSite=Lax (no other site's form posts with it). */
    static NewCookie cookie(String token, int maxAge, UriInfo uri) {
        return new NewCookie.Builder(Session.COOKIE).value(token).path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).secure("https".equals(uri.getRequestUri().getScheme()))
                .maxAge(maxAge).build();
    }
}
