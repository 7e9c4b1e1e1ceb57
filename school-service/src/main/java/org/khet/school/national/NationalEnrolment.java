package org.khet.school.national;

import org.khet.contracts.read.national.EnrolmentArea;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.khet.contracts.Percent;
import org.khet.kit.national.NationalAccess;
import org.khet.kit.national.NationalQuery;
import org.khet.kit.sql.Sql;
import org.khet.school.config.SchoolConfig;

import java.util.List;

/**
 * The national enrolment roll-up of an academic year's round, in one query over every area: per area the schools
 * that sent the round, their students and classrooms, and the schools by size class; the total is that of the rows
 * shown (the filter's and the caller's areas).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NationalEnrolment {
    static final String QUERY = """
            with per_school as (
                select s.area_code, r.school_code, coalesce(sum(g.boys + g.girls), 0) as students,
                       coalesce(sum(g.classrooms), 0) as classrooms
                  from enrolment_round r
                  join school s on s.code = r.school_code
                  left join enrolment_grade g on g.school_code = r.school_code and g.academic_year = r.academic_year
                       and g.round = r.round
                 where r.academic_year = ? and r.round = ?
                 group by s.area_code, r.school_code
            )
            select a.code, a.name_th, a.level, a.province, count(*) as schools, sum(p.students) as students,
                   sum(p.classrooms) as classrooms,
                   count(*) filter (where p.students <= ?) as small,
                   count(*) filter (where p.students > ? and p.students <= ?) as medium,
                   count(*) filter (where p.students > ? and p.students <= ?) as large,
                   count(*) filter (where p.students > ?) as extra_large
              from per_school p
              join area a on a.code = p.area_code
             where (?::text is null or a.level = ?) and (?::text is null or a.province = ?)
               and (?::text[] is null or a.code = any(?))
             group by a.code, a.name_th, a.level, a.province
             order by a.code""";

    private final Sql sql;
    private final SchoolConfig config;

    public NationalEnrolment(Sql sql, SchoolConfig config) {
        this.sql = sql;
        this.config = config;
    }

    public List<EnrolmentArea> rows(int academicYear, int round, NationalQuery q, NationalAccess.Scope scope) {
        SchoolConfig.SizeClasses t = config.sizeClass();
        String[] areas = scope.bound();
        return sql.query(QUERY, rs -> {
                    int schools = rs.getInt("schools");
                    int small = rs.getInt("small");
                    return new EnrolmentArea(rs.getString("code"), rs.getString("name_th"), rs.getString("level"),
                            rs.getString("province"), schools, rs.getLong("students"), rs.getLong("classrooms"), small,
                            rs.getInt("medium"), rs.getInt("large"), rs.getInt("extra_large"), Percent.of(small, schools));
                },
                academicYear, round, t.smallMax(), t.smallMax(), t.mediumMax(), t.mediumMax(), t.largeMax(), t.largeMax(),
                q.affiliation(), q.affiliation(), q.province(), q.province(), areas, areas);
    }

    /** The rows' total (no area). */
    static EnrolmentArea total(List<EnrolmentArea> rows) {
        int schools = 0;
        int small = 0;
        int medium = 0;
        int large = 0;
        int extraLarge = 0;
        long students = 0;
        long classrooms = 0;
        for (EnrolmentArea r : rows) {
            schools += r.schools();
            students += r.students();
            classrooms += r.classrooms();
            small += r.small();
            medium += r.medium();
            large += r.large();
            extraLarge += r.extraLarge();
        }
        return new EnrolmentArea(null, "รวม", null, null, schools, students, classrooms, small, medium, large, extraLarge,
                Percent.of(small, schools));
    }
}
