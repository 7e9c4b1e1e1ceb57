package org.khet.school.repository;

import jakarta.enterprise.context.ApplicationScoped;
import org.khet.contracts.codes.RoundStatus;
import org.khet.kit.sql.Sql;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The look-ups the school feeds validate against: many codes or rounds in one query each. */
@ApplicationScoped
public class SchoolFacts {
    private final Sql sql;

    public SchoolFacts(Sql sql) {
        this.sql = sql;
    }

    public record SchoolRef(String code, String areaCode, String status) {
    }

    public record RoundKey(String schoolCode, int academicYear, int round) {
    }

    /** The registered schools among {@code codes}. */
    public Map<String, SchoolRef> schools(Collection<String> codes) {
        Map<String, SchoolRef> out = new HashMap<>();
        sql.query("select code, area_code, status from school where code = any(?)",
                rs -> out.put(rs.getString(1), new SchoolRef(rs.getString(1), rs.getString(2), rs.getString(3))),
                (Object) codes.toArray(String[]::new));
        return out;
    }

    /** Rounds among {@code keys} that are locked (no feed may change them). Locks the rows against a concurrent lock. */
    public Set<RoundKey> lockedRounds(Collection<RoundKey> keys) {
        Set<RoundKey> locked = new HashSet<>();
        existingRounds(keys).forEach((k, status) -> {
            if (RoundStatus.LOCKED.code().equals(status)) {
                locked.add(k);
            }
        });
        return locked;
    }

    /**
     * Whether any round of {@code schools} in one of {@code years} with one of the numbers {@code rounds} is stored:
     * when none is, every round a feed of them sends is new (its counts can go straight into enrolment_grade). A
     * national feed usually opens a round nobody has sent yet: whether any school has a round of those years and
     * numbers at all is asked first, on the rounds' index by year and round, without sending the schools' codes
     * (29,000 of them for the national feed: 100-340 ms of the feed's one connection, quiet, ADR 0046); only when
     * some school has one are the feed's own schools looked up.
     */
    public boolean anyRound(Collection<String> schools, Collection<Integer> years, Collection<Integer> rounds) {
        if (schools.isEmpty() || years.isEmpty() || rounds.isEmpty()) {
            return false;
        }
        if (sql.query("select 1 from enrolment_round where academic_year = any(?) and round = any(?) limit 1", rs -> 1,
                years.toArray(Integer[]::new), rounds.toArray(Integer[]::new)).isEmpty()) {
            return false;
        }
        return !sql.query("select 1 from enrolment_round where academic_year = any(?) and round = any(?) "
                        + "and school_code = any(?) limit 1", rs -> 1, years.toArray(Integer[]::new),
                rounds.toArray(Integer[]::new), schools.toArray(String[]::new)).isEmpty();
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
        sql.query("select school_code, academic_year, round, status from enrolment_round where academic_year = any(?) "
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
}
