package org.khet.school.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.postgresql.PGConnection;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Look-ups feeds validate against, and the bulk writes of school facts (COPY, not one statement per count). */
@ApplicationScoped
public class SchoolFacts {
    private final Jdbc jdbc;

    public SchoolFacts(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public record SchoolRef(String code, String areaCode, String status) {
    }

    public record RoundKey(String schoolCode, int academicYear, int round) {
    }

    /** The registered schools among {@code codes}. */
    public Map<String, SchoolRef> schools(Collection<String> codes) {
        Map<String, SchoolRef> out = new HashMap<>();
        jdbc.query("select code, area_code, status from school where code = any(?)",
                rs -> out.put(rs.getString(1), new SchoolRef(rs.getString(1), rs.getString(2), rs.getString(3))),
                (Object) codes.toArray(String[]::new));
        return out;
    }

    /** Rounds among {@code keys} that are locked (no feed may change them). Locks the rows against a concurrent lock. */
    public Set<RoundKey> lockedRounds(Collection<RoundKey> keys) {
        Set<String> schools = new HashSet<>();
        keys.forEach(k -> schools.add(k.schoolCode()));
        Set<RoundKey> wanted = new HashSet<>(keys);
        Set<RoundKey> locked = new HashSet<>();
        jdbc.query("select school_code, academic_year, round from enrolment_round where school_code = any(?) and status = 'locked' for share",
                rs -> {
                    RoundKey k = new RoundKey(rs.getString(1), rs.getInt(2), rs.getInt(3));
                    if (wanted.contains(k)) {
                        locked.add(k);
                    }
                    return k;
                }, (Object) schools.toArray(String[]::new));
        return locked;
    }

    /** Writes rows with PostgreSQL COPY in the caller's transaction; {@code data} is COPY text format. */
    public long copy(String table, List<String> columns, CharSequence data) {
        return jdbc.with(c -> {
            PGConnection pg = c.unwrap(PGConnection.class);
            byte[] bytes = data.toString().getBytes(StandardCharsets.UTF_8);
            return pg.getCopyAPI().copyIn("copy " + table + " (" + String.join(", ", columns) + ") from stdin",
                    new ByteArrayInputStream(bytes));
        });
    }

    public void execute(String sql) {
        jdbc.with(c -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
            return null;
        });
    }
}
