package org.khet.school.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.postgresql.PGConnection;

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
        Set<RoundKey> locked = new HashSet<>();
        existingRounds(keys).forEach((k, status) -> {
            if ("locked".equals(status)) {
                locked.add(k);
            }
        });
        return locked;
    }

    /**
     * The rounds among {@code keys} that exist already, with their status, in one query; the rows are locked
     * (FOR SHARE) so that nobody certifies or locks them while a feed replaces them.
     */
    public Map<RoundKey, String> existingRounds(Collection<RoundKey> keys) {
        Set<String> schools = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        Set<Integer> rounds = new HashSet<>();
        keys.forEach(k -> {
            schools.add(k.schoolCode());
            years.add(k.academicYear());
            rounds.add(k.round());
        });
        Set<RoundKey> wanted = keys instanceof Set<RoundKey> set ? set : new HashSet<>(keys);
        Map<RoundKey, String> existing = new HashMap<>();
        jdbc.query("select school_code, academic_year, round, status from enrolment_round where academic_year = any(?) "
                        + "and round = any(?) and school_code = any(?) for share",
                rs -> {
                    RoundKey k = new RoundKey(rs.getString(1), rs.getInt(2), rs.getInt(3));
                    if (wanted.contains(k)) {
                        existing.put(k, rs.getString(4));
                    }
                    return k;
                }, years.toArray(Integer[]::new), rounds.toArray(Integer[]::new), schools.toArray(String[]::new));
        return existing;
    }

    /** Streams rows into PostgreSQL COPY (text format) in the caller's transaction, without building them in memory. */
    public long copy(String table, List<String> columns, java.util.function.Consumer<CopyWriter> rows) {
        return jdbc.with(c -> {
            org.postgresql.copy.CopyIn in = c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + table + " (" + String.join(", ", columns) + ") from stdin");
            try {
                CopyWriter w = new CopyWriter(in);
                rows.accept(w);
                w.flush();
                return in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
        });
    }

    /** Writes COPY text-format fields of plain ASCII values (codes, numbers, dates) through a buffer. */
    public static final class CopyWriter {
        private final org.postgresql.copy.CopyIn in;
        private final byte[] buf = new byte[1 << 18];
        private int n;

        CopyWriter(org.postgresql.copy.CopyIn in) {
            this.in = in;
        }

        public CopyWriter text(String s) {
            if (s == null) {
                return raw("\\N");
            }
            ensure(s.length());
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch > 127 || ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r') {
                    return escaped(s, i);
                }
                buf[n++] = (byte) ch;
            }
            return this;
        }

        /** The rest of {@code s} from {@code from}, escaped for COPY text format and encoded as UTF-8. */
        private CopyWriter escaped(String s, int from) {
            String rest = s.substring(from).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
                    .replace("\r", "\\r");
            byte[] bytes = rest.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            if (bytes.length > buf.length) {
                throw new IllegalArgumentException("COPY field too long: " + bytes.length + " bytes");
            }
            ensure(bytes.length);
            System.arraycopy(bytes, 0, buf, n, bytes.length);
            n += bytes.length;
            return this;
        }

        public CopyWriter num(int v) {
            return raw(Integer.toString(v));
        }

        public CopyWriter tab() {
            ensure(1);
            buf[n++] = '\t';
            return this;
        }

        public CopyWriter end() {
            ensure(1);
            buf[n++] = '\n';
            return this;
        }

        private CopyWriter raw(String s) {
            ensure(s.length());
            for (int i = 0; i < s.length(); i++) {
                buf[n++] = (byte) s.charAt(i);
            }
            return this;
        }

        private void ensure(int more) {
            if (n + more > buf.length) {
                flush();
            }
        }

        void flush() {
            if (n > 0) {
                try {
                    in.writeToCopy(buf, 0, n);
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
                }
                n = 0;
            }
        }
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
