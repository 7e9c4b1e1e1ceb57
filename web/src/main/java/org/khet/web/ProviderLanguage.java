package org.khet.web;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The provider's sign-in page speaks the console's language: every redirect to its authorization (and end-session)
 * endpoint asks for it with OIDC's {@code ui_locales} — Thai unless the user switched the console to English
 * ({@code ?lang=en}, or the {@code khet_lang} cookie the switch left). Without it Keycloak answers in the browser's
 * language ({@code Accept-Language}), which on an office's English-set browser is English although the realm's default is
 * Thai (docs/adr/0028).
 */
@ApplicationScoped
@Unremovable
@Redirect({Redirect.Location.OIDC_AUTHORIZATION, Redirect.Location.OIDC_LOGOUT})
public class ProviderLanguage implements OidcRedirectFilter {
    static final String UI_LOCALES = "ui_locales";

    @Override
    public void filter(OidcRedirectContext context) {
        context.additionalQueryParams().set(UI_LOCALES, of(context.routingContext()).code());
    }

    /** The console's language of the request that leads to the provider. */
    static Lang of(RoutingContext rc) {
        Cookie cookie = rc.request().getCookie(Lang.COOKIE);
        return Lang.of(rc.queryParams().get("lang"), cookie == null ? null : cookie.getValue());
    }
}
