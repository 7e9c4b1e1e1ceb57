package org.khet.web;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.JavaScriptRequestChecker;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * Who is signed in, asked in one place by every page handler (through {@link Console#session(String)}): with OIDC on
 * ({@code khet.web.oidc.enabled}) the access token of the code-flow session Quarkus keeps in its own encrypted cookie
 * (refreshed with the provider's refresh token while the provider's session lives); otherwise the development sign-in's
 * cookie. Either way the {@link Session} is a token the gateway verifies (docs/adr/0028).
 */
@RequestScoped
@Unremovable // looked up by Console.session, not injected
public class SignedIn {
    /** The header htmx sends with every request it makes (a boosted link or form). */
    static final String HX_REQUEST = "HX-Request";

    @Inject
    WebConfig config;
    @Inject
    SecurityIdentity identity;

    Optional<Session> session(String devCookie) {
        if (!config.oidc().enabled()) {
            return Session.of(devCookie, Instant.now());
        }
        AccessTokenCredential token = identity.isAnonymous() ? null : identity.getCredential(AccessTokenCredential.class);
        return token == null ? Optional.empty() : Session.of(token.getToken(), Instant.now());
    }

    /** The development sign-in page and form: asked for, and only when OIDC is off. */
    static boolean devSignin(WebConfig config) {
        return config.devSignin().enabled() && !config.oidc().enabled();
    }

    /**
     * An htmx request is the page's script: a redirect to the provider would be followed by the script (and refused
     * there, another origin), so Quarkus answers it 499 instead ({@code java-script-auto-redirect=false}), and this
     * tells htmx to load the sign-in page whole ({@code HX-Redirect}), to come back to the page the user was on
     * ({@code HX-Current-URL}) once signed in.
     */
    @ApplicationScoped
    public static class HtmxRequests implements JavaScriptRequestChecker {
        @Override
        public boolean isJavaScriptRequest(RoutingContext context) {
            return "true".equals(context.request().getHeader(HX_REQUEST));
        }

        /** Before the authentication handler (Quarkus orders it at -200), so that its 499 gets the header. */
        void signInAgainFromScript(@Observes Router router) {
            router.route().order(-1000).handler(context -> {
                if (isJavaScriptRequest(context)) {
                    context.addHeadersEndHandler(v -> {
                        if (context.response().getStatusCode() == 499) {
                            context.response().putHeader("HX-Redirect", "/signin?next=" + URLEncoder.encode(
                                    here(context.request().getHeader("HX-Current-URL")), StandardCharsets.UTF_8));
                        }
                    });
                }
                context.next();
            });
        }
    }

    /** The path and query of the page the browser shows, when it is this console's (else ""). */
    static String here(String currentUrl) {
        if (currentUrl == null) {
            return "";
        }
        try {
            URI u = URI.create(currentUrl);
            String path = u.getRawPath() == null ? "" : u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
            return SignInResource.local(path);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
