package org.khet.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The signed-in user: the bearer token kept in the session cookie and what its claims say (who, role, org units,
 * expiry); {@code subject} is the name shown (the token's {@code name}, else {@code preferred_username}, else
 * {@code sub}). The console reads the claims only to choose pages and labels; it never decides access by them — every
 * figure comes from the gateway, which verifies the token and whose services check role and scope.
 */
public record Session(String token, String subject, String role, List<String> orgs, Instant expiresAt) {
    public static final String COOKIE = "khet_session";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The roles Khet has, in the order the sign-in page offers them. */
    public static final List<String> ROLES = List.of("area-officer", "school-officer", "school-director", "obec-admin", "viewer");

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Claims(String sub, String name, @JsonProperty("preferred_username") String preferredUsername,
                  List<String> groups, JsonNode org, Long exp) {
    }

    /** The session of a cookie's token, or empty when there is none, it is not a JWT, or it has expired. */
    public static Optional<Session> of(String token, Instant now) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            Claims c = JSON.readValue(Base64.getUrlDecoder().decode(parts[1]), Claims.class);
            if (c.exp() == null || !Instant.ofEpochSecond(c.exp()).isAfter(now)) {
                return Optional.empty();
            }
            List<String> orgs = new ArrayList<>();
            if (c.org() != null && c.org().isArray()) {
                c.org().forEach(o -> orgs.add(o.asText()));
            } else if (c.org() != null && c.org().isTextual()) {
                orgs.add(c.org().asText());
            }
            String role = c.groups() == null ? "" : c.groups().stream().filter(ROLES::contains).findFirst().orElse("");
            // an identity provider's subject is an opaque id (Keycloak's a UUID): show the person's name it also sends,
            // as the services' audit trails record it (the kit's Caller: name, else preferred_username, else sub)
            String subject = firstOf(c.name(), c.preferredUsername(), c.sub());
            return Optional.of(new Session(token, subject, role, List.copyOf(orgs),
                    Instant.ofEpochSecond(c.exp())));
        } catch (java.io.IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String firstOf(String... names) {
        for (String n : names) {
            if (n != null && !n.isBlank()) {
                return n.strip();
            }
        }
        return "";
    }

    /** The first org unit of the token (an area's code, a school's, or "obec"). */
    public String org() {
        return orgs.isEmpty() ? "" : orgs.get(0);
    }

    public boolean isSchool() {
        return role.equals("school-officer") || role.equals("school-director");
    }

    public boolean isDirector() {
        return role.equals("school-director");
    }

    /** May act for an area (acknowledge a submission, edit the report's texts, publish an edition). */
    public boolean isArea() {
        return role.equals("area-officer") || role.equals("obec-admin");
    }
}
