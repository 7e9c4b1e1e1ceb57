package org.khet.kit.org;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.khet.contracts.events.school.OrgUnitChanged;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The org directory with its closure table: school-service writes it as the owner, every other service keeps
 * it as a replica from {@code school.OrgUnitChanged.v1}. One implementation for both, so that "is X under Y"
 * means the same everywhere.
 */
@ApplicationScoped
public class OrgDirectory {
    private final AgroalDataSource dataSource;

    public OrgDirectory(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record OrgUnit(String code, String kind, String parentCode, String areaCode, String nameTh, String nameEn,
                          String status) {
    }

    /**
     * Registers or changes a unit in the caller's transaction, keeping the closure table right when the unit
     * is new or moves to another parent (its whole subtree moves with it). A parent not known yet is created
     * as a placeholder that its own event fills in later.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(OrgUnitChanged u) {
        try (Connection c = dataSource.getConnection()) {
            apply(c, u, find(c, u.code()));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot apply org unit " + u.code(), e);
        }
    }

    /** {@link #apply(OrgUnitChanged)} when the caller has just read the unit as it is ({@code before}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(OrgUnitChanged u, Optional<OrgUnit> before) {
        try (Connection c = dataSource.getConnection()) {
            apply(c, u, before);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot apply org unit " + u.code(), e);
        }
    }

    private void apply(Connection c, OrgUnitChanged u, Optional<OrgUnit> before) throws SQLException {
        // a unit already under this parent has it in the directory: only a new unit or a move may name an unknown one
        if (u.parentCode() != null && !before.map(b -> u.parentCode().equals(b.parentCode())).orElse(false)) {
            ensureExists(c, u.parentCode());
        }
        try (PreparedStatement ps = c.prepareStatement("""
                insert into org_unit (code, kind, parent_code, area_code, name_th, name_en, status, updated_at)
                values (?, ?, ?, ?, ?, ?, coalesce(?, 'open'), now())
                on conflict (code) do update set kind = excluded.kind, parent_code = excluded.parent_code,
                    area_code = excluded.area_code, name_th = excluded.name_th, name_en = excluded.name_en,
                    status = excluded.status, updated_at = now()""")) {
            ps.setString(1, u.code());
            ps.setString(2, u.kind());
            ps.setString(3, u.parentCode());
            ps.setString(4, u.areaCode());
            ps.setString(5, u.nameTh());
            ps.setString(6, u.nameEn());
            ps.setString(7, u.status());
            ps.executeUpdate();
        }
        if (before.isEmpty()) {
            exec(c, "insert into org_closure (ancestor, descendant, depth) values (?, ?, 0) on conflict do nothing",
                    u.code(), u.code());
        }
        String oldParent = before.map(OrgUnit::parentCode).orElse(null);
        if (before.isEmpty() || !java.util.Objects.equals(oldParent, u.parentCode())) {
            move(c, u.code(), u.parentCode());
        }
    }

    /**
     * {@link #apply} of each unit in turn, in fewer statements when every one is a unit the directory holds under the
     * same parent as before (a rename, a status change: the replicas' usual event): then the units are read in one
     * statement and those that differ written in one, each with its last state in the list, which is what applying
     * them in turn leaves. Any other list (a new unit, a move) is applied one unit at a time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyAll(List<OrgUnitChanged> units) {
        if (units.size() < 2) {
            units.forEach(this::apply);
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            Map<String, OrgUnit> state = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "select code, kind, parent_code, area_code, name_th, name_en, status from org_unit where code = any(?)")) {
                ps.setArray(1, c.createArrayOf("text", units.stream().map(OrgUnitChanged::code).distinct().toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        OrgUnit u = unit(rs);
                        state.put(u.code(), u);
                    }
                }
            }
            Map<String, OrgUnit> before = Map.copyOf(state);
            for (OrgUnitChanged u : units) {
                OrgUnit now = state.get(u.code());
                if (now == null || !Objects.equals(now.parentCode(), u.parentCode())) {
                    units.forEach(this::apply);  // a new unit or a move: the closure table changes
                    return;
                }
                state.put(u.code(), new OrgUnit(u.code(), u.kind(), u.parentCode(), u.areaCode(), u.nameTh(), u.nameEn(),
                        u.status() == null ? "open" : u.status()));
            }
            List<OrgUnit> changed = state.values().stream().filter(u -> !u.equals(before.get(u.code()))).toList();
            if (changed.isEmpty()) {
                return;
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    update org_unit o set kind = v.kind, area_code = v.area_code, name_th = v.name_th, name_en = v.name_en,
                           status = v.status, updated_at = now()
                      from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                           as v(code, kind, area_code, name_th, name_en, status)
                     where o.code = v.code""")) {
                ps.setArray(1, c.createArrayOf("text", changed.stream().map(OrgUnit::code).toArray()));
                ps.setArray(2, c.createArrayOf("text", changed.stream().map(OrgUnit::kind).toArray()));
                ps.setArray(3, c.createArrayOf("text", changed.stream().map(OrgUnit::areaCode).toArray()));
                ps.setArray(4, c.createArrayOf("text", changed.stream().map(OrgUnit::nameTh).toArray()));
                ps.setArray(5, c.createArrayOf("text", changed.stream().map(OrgUnit::nameEn).toArray()));
                ps.setArray(6, c.createArrayOf("text", changed.stream().map(OrgUnit::status).toArray()));
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot apply " + units.size() + " org units", e);
        }
    }

    private void ensureExists(Connection c, String code) throws SQLException {
        if (find(c, code).isEmpty()) {
            exec(c, "insert into org_unit (code, kind) values (?, 'UNKNOWN') on conflict do nothing", code);
            exec(c, "insert into org_closure (ancestor, descendant, depth) values (?, ?, 0) on conflict do nothing", code, code);
        }
    }

    /** Detaches the subtree of {@code code} from its old ancestors and attaches it under {@code parent}. */
    private static void move(Connection c, String code, String parent) throws SQLException {
        exec(c, """
                delete from org_closure
                 where descendant in (select descendant from org_closure where ancestor = ?)
                   and ancestor not in (select descendant from org_closure where ancestor = ?)""", code, code);
        if (parent != null) {
            exec(c, """
                    insert into org_closure (ancestor, descendant, depth)
                    select a.ancestor, d.descendant, a.depth + d.depth + 1
                      from org_closure a, org_closure d
                     where a.descendant = ? and d.ancestor = ?
                    on conflict do nothing""", parent, code);
        }
    }

    /** True when {@code descendant} is {@code ancestor} or lies under it. */
    public boolean isUnder(String descendant, String ancestor) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select 1 from org_closure where ancestor = ? and descendant = ?")) {
            ps.setString(1, ancestor);
            ps.setString(2, descendant);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<OrgUnit> find(String code) {
        try (Connection c = dataSource.getConnection()) {
            return find(c, code);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The area with this code, or a 404 problem: the one "is this an area" check of every service (a code the
     * directory does not hold, or one of a district or a school, is not an area).
     */
    public OrgUnit requireArea(String code) {
        Optional<OrgUnit> unit = code == null ? Optional.empty() : find(code);
        if (unit.isEmpty()) {
            throw org.khet.kit.problem.ProblemException.notFound("area '" + code + "' is not in the org directory");
        }
        if (!org.khet.contracts.events.school.OrgUnitChanged.AREA.equals(unit.get().kind())) {
            throw org.khet.kit.problem.ProblemException.notFound("'" + code + "' is a " + unit.get().kind().toLowerCase()
                    + ", not an area");
        }
        return unit.get();
    }

    /** Units of a kind under an ancestor (e.g. the schools of an area), in code order. */
    public List<OrgUnit> under(String ancestor, String kind) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     select u.code, u.kind, u.parent_code, u.area_code, u.name_th, u.name_en, u.status
                       from org_closure x join org_unit u on u.code = x.descendant
                      where x.ancestor = ? and u.kind = ? order by u.code""")) {
            ps.setString(1, ancestor);
            ps.setString(2, kind);
            List<OrgUnit> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(unit(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<OrgUnit> find(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select code, kind, parent_code, area_code, name_th, name_en, status from org_unit where code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(unit(rs)) : Optional.empty();
            }
        }
    }

    private static OrgUnit unit(ResultSet rs) throws SQLException {
        return new OrgUnit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7));
    }

    private static void exec(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }
}
