package org.khet.kit.security;

/**
 * Who is writing, and may they write data of this org unit? Every service asks this on every write:
 * {@code access.requireWrite(schoolCode)} before changing a school's data, {@code access.requireWrite(areaCode)}
 * for area-level data, and puts {@link #actor()} into audit columns and outbox events.
 * <p>
 * The token-based implementation (roles obec-admin, area-officer, school-director, school-officer, viewer; the token's org
 * claim expanded down the org directory's closure table) is {@link TokenAccessControl}.
 */
public interface AccessControl {

    /** Throws a 401/403 problem unless the caller may write data that belongs to {@code orgCode}. */
    void requireWrite(String orgCode);

    /**
     * Throws a 401/403 problem unless the caller holds one of {@code roles} for {@code orgCode}: a school role
     * (school-director, school-officer) for a school its token names, area-officer for a unit under its own,
     * obec-admin everywhere. Only the listed roles count (obec-admin too must be listed): a step of a ritual that
     * one role performs, such as the director's certification, is refused to every other role, saying which role
     * it needs.
     */
    void requireRole(String orgCode, String... roles);

    /** Throws a 401 problem unless the caller is authenticated (reads of published aggregates). */
    void requireRead();

    /** The writer as recorded in audit columns and events: "subject (role @ org)", or "system". */
    String actor();
}
