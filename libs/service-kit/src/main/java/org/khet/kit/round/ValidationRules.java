package org.khet.kit.round;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.khet.contracts.events.EventJson;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;
import org.khet.kit.security.AccessControl;
import org.khet.kit.security.Caller;
import org.khet.kit.sql.Sql;

import java.util.List;
import java.util.Optional;

/**
 * Validation rules as data: per feed kind and rule code, national defaults (obec-admin) and area overrides
 * (area-officer), each edit a new version. A rule is {@code hard} (the feed is rejected), {@code warning} (stored
 * with the submission, to be acknowledged) or {@code off}, with its parameters ({@code {"max": 40}}).
 */
@ApplicationScoped
@Transactional
public class ValidationRules {
    private final Sql sql;
    private final AccessControl access;

    public ValidationRules(Sql sql, AccessControl access) {
        this.sql = sql;
        this.access = access;
    }

    /** @param areaCode null for the national default */
    public record Rule(String kind, String code, String areaCode, int version, String severity,
                       @Schema(type = SchemaType.OBJECT, description = "The rule's parameters, e.g. {\"max\": 40}")
                       JsonNode params) {
        public boolean hard() {
            return "hard".equals(severity);
        }

        public boolean off() {
            return "off".equals(severity);
        }

        /** A numeric parameter, or {@code otherwise} when the rule has none. */
        public double number(String name, double otherwise) {
            JsonNode n = params == null ? null : params.get(name);
            return n == null || !n.isNumber() ? otherwise : n.asDouble();
        }
    }

    /** An edit of a rule: its severity and parameters. */
    public record RuleEdit(@Schema(description = "hard, warning or off") String severity,
                           @Schema(type = SchemaType.OBJECT, description = "The rule's parameters, e.g. {\"max\": 40}")
                           JsonNode params) {
    }

    /** The rule in force for an area: its own latest version, else the national default's; empty when neither. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Rule> effective(String kind, String code, String areaCode) {
        List<Rule> found = sql.query("""
                select kind, code, area_code, version, severity, params::text from validation_rule
                 where kind = ? and code = ? and (area_code = ? or area_code is null)
                 order by area_code nulls last, version desc limit 1""", ValidationRules::rule, kind, code, areaCode);
        return found.stream().findFirst();
    }

    /** Every version of every rule of a kind, national and the area's (all areas' when null). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Rule> rules(String kind, String areaCode) {
        return sql.query("""
                select kind, code, area_code, version, severity, params::text from validation_rule
                 where kind = ? and (cast(? as text) is null or area_code = ? or area_code is null)
                 order by code, area_code nulls first, version""", ValidationRules::rule, kind, areaCode, areaCode);
    }

    /** Writes a new version of a rule: national (areaCode null) by obec-admin, an area's override by its officer. */
    public Rule define(String kind, String code, String areaCode, RuleEdit edit) {
        if (areaCode == null) {
            access.requireRole(null, Caller.OBEC_ADMIN);
        } else {
            access.requireRole(areaCode, Caller.AREA_OFFICER, Caller.OBEC_ADMIN);
        }
        if (edit == null || edit.severity() == null || !List.of("hard", "warning", "off").contains(edit.severity())) {
            throw ProblemException.validation("a rule needs its severity",
                    List.of(Problem.FieldError.field("severity", "is required: hard, warning or off")));
        }
        if (edit.params() != null && !edit.params().isObject()) {
            throw ProblemException.validation("a rule's parameters are an object",
                    List.of(Problem.FieldError.field("params", "must be a JSON object such as {\"max\": 40}")));
        }
        boolean known = !sql.query("select 1 from validation_rule where kind = ? and code = ? and area_code is null",
                rs -> 1, kind, code).isEmpty();
        if (!known) {
            throw ProblemException.notFound("feed kind " + kind + " has no rule " + code);
        }
        int version = sql.query("""
                select coalesce(max(version), 0) + 1 from validation_rule
                 where kind = ? and code = ? and coalesce(area_code, '') = coalesce(?, '')""",
                rs -> rs.getInt(1), kind, code, areaCode).get(0);
        sql.update("""
                insert into validation_rule (kind, code, area_code, version, severity, params, updated_by)
                values (?, ?, ?, ?, ?, cast(? as jsonb), ?)""", kind, code, areaCode, version, edit.severity(),
                edit.params() == null ? "{}" : edit.params().toString(), access.actor());
        return effective(kind, code, areaCode).orElseThrow();
    }

    private static Rule rule(java.sql.ResultSet rs) throws java.sql.SQLException {
        try {
            return new Rule(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                    EventJson.MAPPER.readTree(rs.getString(6)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("validation_rule params are not JSON", e);
        }
    }
}
