package org.khet.kit.security;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import org.khet.kit.config.KhetConfig;
import org.khet.kit.org.OrgDirectory;
import org.khet.kit.problem.ProblemException;

/**
 * Access control of a request by the caller's token (Ed-Fi style, by the org hierarchy):
 * <ul>
 * <li>{@code obec-admin} writes everything;</li>
 * <li>{@code area-officer} writes data of its org unit(s) and of every unit under them (the closure table of the
 * local org directory replica), so never another area's data;</li>
 * <li>{@code school-officer} and {@code school-director} write data of their own school(s) only: neither another
 * school's nor area-level data (the director alone certifies the school's submissions, {@link #requireRole});</li>
 * <li>{@code viewer}, and a token without a Khet role, write nothing.</li>
 * </ul>
 * Any authenticated caller reads (published aggregates are open to every authenticated client). With
 * {@code khet.security.enabled=false} every call is allowed and the actor is "anonymous". Outside an HTTP request
 * (a Kafka consumer, a scheduled job) the actor is "system".
 */
@ApplicationScoped
public class TokenAccessControl implements AccessControl {
    private final KhetConfig config;
    private final CurrentCaller current;
    private final OrgDirectory directory;

    public TokenAccessControl(KhetConfig config, CurrentCaller current, OrgDirectory directory) {
        this.config = config;
        this.current = current;
        this.directory = directory;
    }

    /**
     * {@code orgCode} is the org unit the data belongs to: the school code for a school's data, the area code for
     * area-level data; {@code null} for data of no org unit (national catalogues), which only obec-admin writes.
     */
    @Override
    public void requireWrite(String orgCode) {
        if (!config.security().enabled()) {
            return;
        }
        Caller caller = authenticated();
        if (caller.has(Caller.OBEC_ADMIN)) {
            return;
        }
        if (orgCode != null && !orgCode.isBlank()) {
            if ((caller.has(Caller.SCHOOL_OFFICER) || caller.has(Caller.SCHOOL_DIRECTOR)) && caller.orgs().contains(orgCode)) {
                return;
            }
            if (caller.has(Caller.AREA_OFFICER) && caller.orgs().stream().anyMatch(org -> directory.isUnder(orgCode, org))) {
                return;
            }
        }
        throw new ProblemException(403, "forbidden", "Forbidden", denial(caller, orgCode), null);
    }

    @Override
    public void requireRole(String orgCode, String... roles) {
        if (!config.security().enabled()) {
            return;
        }
        Caller caller = authenticated();
        java.util.List<String> wanted = java.util.List.of(roles);
        for (String role : wanted) {
            if (!caller.has(role)) {
                continue;
            }
            boolean inScope = switch (role) {
                case Caller.OBEC_ADMIN -> true;
                case Caller.AREA_OFFICER -> orgCode != null && caller.orgs().stream().anyMatch(org -> directory.isUnder(orgCode, org));
                default -> orgCode != null && caller.orgs().contains(orgCode);
            };
            if (inScope) {
                return;
            }
        }
        boolean holdsOne = wanted.stream().anyMatch(caller::has);
        String needs = String.join(" or ", wanted) + " of " + orgCode;
        throw new ProblemException(403, "forbidden", "Forbidden", holdsOne
                ? caller.actor() + " may not act for " + orgCode + ", which is outside its own org unit(s); this needs " + needs
                : caller.actor() + " lacks the role this needs: " + needs, null);
    }

    @Override
    public void requireRead() {
        if (config.security().enabled()) {
            authenticated();
        }
    }

    @Override
    public String actor() {
        if (!config.security().enabled()) {
            return "anonymous";
        }
        return caller().map(Caller::actor).orElse("system");
    }

    /** The request's caller; none outside a request, where the request-scoped holder does not exist. */
    private java.util.Optional<Caller> caller() {
        return Arc.container().requestContext().isActive() ? current.get() : java.util.Optional.empty();
    }

    private Caller authenticated() {
        return caller().orElseThrow(() -> new ProblemException(401, "unauthorized", "Unauthorized",
                "a valid bearer token is required", null));
    }

    private static String denial(Caller caller, String orgCode) {
        String who = caller.actor();
        if (orgCode == null || orgCode.isBlank()) {
            return who + " may not write data that belongs to no org unit (only obec-admin may)";
        }
        if (caller.khetRoles().isEmpty() || caller.khetRoles().equals(java.util.List.of(Caller.VIEWER))) {
            return who + " may only read; writing data of " + orgCode + " needs an officer or admin role";
        }
        return who + " may not write data of org unit " + orgCode + ", which is outside its own org unit(s)";
    }
}
