package org.khet.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.ext.Provider;

/** {@code ?lang=en} (or th) is remembered: every later page speaks that language until switched back. */
@Provider
public class LangCookie implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String lang = request.getUriInfo().getQueryParameters().getFirst("lang");
        if ("en".equals(lang) || "th".equals(lang)) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, new NewCookie.Builder(Lang.COOKIE).value(lang).path("/")
                    .sameSite(NewCookie.SameSite.LAX).maxAge(365 * 24 * 3600).build());
        }
    }
}
