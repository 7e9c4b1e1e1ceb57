package org.khet.kit.security;

import java.util.List;
import java.util.Set;

/**
 * The authenticated caller of a request, from a verified token: its subject, its roles and the org units its
 * {@code org} claim names.
 */
public record Caller(String subject, Set<String> roles, List<String> orgs) {
    public static final String OBEC_ADMIN = "obec-admin";
    public static final String AREA_OFFICER = "area-officer";
    /** The director of one school (ผู้อำนวยการโรงเรียน): writes as the school's officer and alone certifies its submissions. */
    public static final String SCHOOL_DIRECTOR = "school-director";
    public static final String SCHOOL_OFFICER = "school-officer";
    public static final String VIEWER = "viewer";
    /** The Khet roles, strongest first. */
    public static final List<String> ROLES = List.of(OBEC_ADMIN, AREA_OFFICER, SCHOOL_DIRECTOR, SCHOOL_OFFICER, VIEWER);

    public Caller {
        roles = Set.copyOf(roles);
        orgs = List.copyOf(orgs);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** Khet roles of the caller, strongest first (other roles of the identity provider are left out). */
    public List<String> khetRoles() {
        return ROLES.stream().filter(roles::contains).toList();
    }

    /** "subject (role @ org)" as recorded in audit columns and events, e.g. {@code สมชาย (area-officer @ 5602)}. */
    public String actor() {
        List<String> shown = khetRoles();
        String role = shown.isEmpty() ? "no role" : String.join(",", shown);
        String org = orgs.isEmpty() ? "no org" : String.join(",", orgs);
        return subject + " (" + role + " @ " + org + ")";
    }
}
