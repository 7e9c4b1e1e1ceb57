package org.khet.project.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.khet.project.domain.StrategicPlan;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class StrategicPlanRepository implements PanacheRepositoryBase<StrategicPlan, UUID> {

    public Optional<StrategicPlan> of(String areaCode, int fiscalYear) {
        return find("areaCode = ?1 and fiscalYear = ?2", areaCode, fiscalYear).firstResultOptional();
    }

    /** As {@link #of}, loaded read-only ({@link ProjectRepository#READ_ONLY}): for the GETs, never to change. */
    public Optional<StrategicPlan> toRead(String areaCode, int fiscalYear) {
        return find("areaCode = ?1 and fiscalYear = ?2", areaCode, fiscalYear)
                .withHint(ProjectRepository.READ_ONLY, true).firstResultOptional();
    }
}
