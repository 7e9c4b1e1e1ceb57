package org.khet.kit.national;

import jakarta.enterprise.context.ApplicationScoped;
import org.khet.kit.config.KhetConfig;
import org.khet.kit.org.OrgDirectory;
import org.khet.kit.problem.ProblemException;
import org.khet.kit.security.Caller;
import org.khet.kit.security.CurrentCaller;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who reads which rows of a national roll-up (ADR 0015):
 * <ul>
 *   <li>{@code obec-admin} and {@code viewer}: every area's row;</li>
 *   <li>{@code area-officer} and {@code school-officer}: what OBEC itself publishes to every area, as the seed prints
 *       it — the whole ITA ranking, and the national and OBEC test figures — and, of the other roll-ups, the rows of
 *       their own area(s) only (the area of each org unit their token names);</li>
 *   <li>a token without a Khet role: 403; no token: 401.</li>
 * </ul>
 */
@ApplicationScoped
public class NationalAccess {
    private final KhetConfig config;
    private final CurrentCaller current;
    private final OrgDirectory directory;

    public NationalAccess(KhetConfig config, CurrentCaller current, OrgDirectory directory) {
        this.config = config;
        this.current = current;
        this.directory = directory;
    }

    /** The rows the caller reads: every area's, or those of a set of areas. */
    public record Scope(Set<String> areas) {
        public static final Scope ALL = new Scope(null);

        public boolean all() {
            return areas == null;
        }

        public boolean includes(String areaCode) {
            return areas == null || areas.contains(areaCode);
        }

        /** The areas as a bindable array, or null for every area ({@code ?::text[] is null or code = any(?)}). */
        public String[] bound() {
            return areas == null ? null : areas.toArray(String[]::new);
        }
    }

    /**
     * The caller's scope of a roll-up; {@code publishedToAreas} is true for what OBEC publishes to every area
     * (the ITA ranking), which officers read whole.
     */
    public Scope scope(boolean publishedToAreas) {
        if (!config.security().enabled()) {
            return Scope.ALL;
        }
        Caller caller = current.get().orElseThrow(() -> new ProblemException(401, "unauthorized", "Unauthorized",
                "a valid bearer token is required", null));
        if (caller.has(Caller.OBEC_ADMIN) || caller.has(Caller.VIEWER)) {
            return Scope.ALL;
        }
        if (caller.has(Caller.AREA_OFFICER) || caller.has(Caller.SCHOOL_OFFICER)) {
            if (publishedToAreas) {
                return Scope.ALL;
            }
            Set<String> areas = new LinkedHashSet<>();
            for (String org : caller.orgs()) {
                Optional<OrgDirectory.OrgUnit> unit = directory.find(org);
                if (unit.isPresent() && unit.get().areaCode() != null) {
                    areas.add(unit.get().areaCode());
                } else if (unit.isEmpty()) {
                    areas.add(org);
                }
            }
            return new Scope(Set.copyOf(areas));
        }
        throw new ProblemException(403, "forbidden", "Forbidden", caller.actor()
                + " may not read the national roll-ups: they need the obec-admin, viewer, area-officer or school-officer role", null);
    }
}
