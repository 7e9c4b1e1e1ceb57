package org.khet.kit.security;

import org.khet.security.TokenRejected;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.khet.kit.config.KhetConfig;
import org.khet.kit.problem.Problem;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Authenticates every request to this service's API by its bearer token, again after the gateway (no trust by
 * network position): no token or a bad one is a 401 problem before any resource runs. Paths listed in
 * {@code khet.security.public-paths} are served without a token (a token there still identifies the caller).
 * Authorization by role and org unit is {@link TokenAccessControl}'s job.
 */
public class BearerTokenFilter {
    private final KhetConfig config;
    private final TokenVerifier verifier;
    private final CurrentCaller current;
    private final List<Pattern> publicPaths;

    public BearerTokenFilter(KhetConfig config, TokenVerifier verifier, CurrentCaller current) {
        this.config = config;
        this.verifier = verifier;
        this.current = current;
        this.publicPaths = config.security().publicPaths().orElse(List.of()).stream().map(Pattern::compile).toList();
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Response authenticate(ContainerRequestContext request) {
        if (!config.security().enabled()) {
            return null;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            return refused(request, "a bearer token is required (Authorization: Bearer <token>)", null);
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            return refused(request, "the Authorization header must be 'Bearer <token>'", "invalid_request");
        }
        String token = header.substring(7).trim();
        try {
            current.set(verifier.verify(token), token);
            return null;
        } catch (TokenRejected e) {
            return refused(request, e.getMessage(), "invalid_token");
        }
    }

    /**
     * A request without a valid token: served when its path is public, else a 401. The path is looked at only here
     * (ADR 0043, stop 34: a request with a valid token no longer builds its path and matches the public ones).
     */
    private Response refused(ContainerRequestContext request, String detail, String error) {
        String raw = request.getUriInfo().getPath();
        String path = raw.startsWith("/") ? raw : "/" + raw;
        for (Pattern p : publicPaths) {
            if (p.matcher(path).matches()) {
                return null;
            }
        }
        return unauthorized(path, detail, error);
    }

    static Response unauthorized(String path, String detail, String error) {
        String challenge = "Bearer realm=\"khet\"" + (error == null ? ""
                : ", error=\"" + error + "\", error_description=\"" + detail.replace("\"", "'") + "\"");
        return Response.status(401).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
                .entity(new Problem(Problem.type("unauthorized"), "Unauthorized", 401, detail, path, null))
                .build();
    }
}
