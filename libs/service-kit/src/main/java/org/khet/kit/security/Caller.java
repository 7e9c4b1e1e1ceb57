package org.khet.kit.security;

import java.util.List;
import java.util.Set;

/**
 * The authenticated caller of a request, from a verified token: its subject (the stable id: an identity provider's is
 * an opaque UUID), the name it shows people (the token's {@code name}, else {@code preferred_username}, else the
 * subject), its roles and the org units its {@code org} claim names.
 */
public record Caller(String subject, String name, Set<String> roles, List<String> orgs) {
    public static final String OBEC_ADMIN = "obec-admin";
    public static final String AREA_OFFICER = "area-officer";
    /** The director of one school (ผู้อำนวยการโรงเรียน): writes as the school's officer and alone certifies its submissions. */
    public static final String SCHOOL_DIRECTOR = "school-director";
    public static final String SCHOOL_OFFICER = "school-officer";
    public static final String VIEWER = "viewer";
    /** The Khet roles, strongest first. */
    public static final List<String> ROLES = List.of(OBEC_ADMIN, AREA_OFFICER, SCHOOL_DIRECTOR, SCHOOL_OFFICER, VIEWER);

    /** Longest name kept: a claim is the identity provider's, but an audit column is no place for a page of text. */
    static final int NAME_LIMIT = 120;

    public Caller {
        name = displayName(name, subject);
        roles = Set.copyOf(roles);
        orgs = List.copyOf(orgs);
    }

    /** A caller known by its subject only (a development token without a name claim). */
    public Caller(String subject, Set<String> roles, List<String> orgs) {
        this(subject, null, roles, orgs);
    }

    /** The name on one line without control characters, cut at {@link #NAME_LIMIT}; the subject when it has none. */
    static String displayName(String name, String subject) {
        String n = name == null ? "" : name.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        if (n.isEmpty()) {
            return subject;
        }
        return n.codePointCount(0, n.length()) <= NAME_LIMIT ? n : n.substring(0, n.offsetByCodePoints(0, NAME_LIMIT));
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** Khet roles of the caller, strongest first (other roles of the identity provider are left out). */
    public List<String> khetRoles() {
        return ROLES.stream().filter(roles::contains).toList();
    }

    /**
     * "name (role @ org)" as recorded in audit columns and events (who changed a round's status, sent a feed, published
     * an edition, wrote a text), e.g. {@code สมชาย ใจดี (area-officer @ 5602)}: the person's name, not the identity
     * provider's subject; a token without a name claim shows its subject as before.
     */
    public String actor() {
        List<String> shown = khetRoles();
        String role = shown.isEmpty() ? "no role" : String.join(",", shown);
        String org = orgs.isEmpty() ? "no org" : String.join(",", orgs);
        return name + " (" + role + " @ " + org + ")";
    }
}
