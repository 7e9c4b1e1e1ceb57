package org.khet.project.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.khet.contracts.read.project.PlanKind;
import org.khet.project.domain.Project;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ProjectRepository implements PanacheRepositoryBase<Project, UUID> {

    public Optional<Project> findByNumber(String areaCode, int fiscalYear, PlanKind kind, int number) {
        return find("areaCode = ?1 and fiscalYear = ?2 and planKind = ?3 and number = ?4", areaCode, fiscalYear, kind, number)
                .firstResultOptional();
    }

    /**
     * An area's projects of a year: action plan first, then additional, each by number; loaded read-only (the summary
     * only reads them), see {@link #READ_ONLY}.
     */
    public List<Project> ofYearToRead(String areaCode, int fiscalYear) {
        return find("areaCode = ?1 and fiscalYear = ?2", Sort.by("planKind").and("number"), areaCode, fiscalYear)
                .withHint(READ_ONLY, true).list();
    }

    /**
     * The query hint that loads entities read-only, for the GETs that only read them (issue #23): Hibernate keeps no
     * copy of a read-only entity's state to compare at flush, and a project's five JSON lists (a strategic plan's
     * six) were each copied by writing them as JSON and parsing them again when they were loaded.
     */
    public static final String READ_ONLY = org.hibernate.jpa.HibernateHints.HINT_READ_ONLY;
}
