package org.khet.project.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.khet.contracts.read.project.StrategicPlanView.CoreValue;
import org.khet.contracts.read.project.StrategicPlanView.PolicyArea;
import org.khet.contracts.read.project.StrategicPlanView.Strategy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An area's direction for a fiscal year (ทิศทางการพัฒนาการศึกษา): vision, missions, goals, numbered strategies,
 * core values, policies in areas with numbered items, focus points. Lists keep the order of the source.
 */
@Entity
@Table(name = "strategic_plan")
public class StrategicPlan extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "area_code")
    public String areaCode;
    @Column(name = "fiscal_year")
    public int fiscalYear;
    public String vision;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> missions = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> goals = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Strategy> strategies = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "core_values")
    public List<CoreValue> coreValues = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    public List<PolicyArea> policies = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "focus_points")
    public List<String> focusPoints = new ArrayList<>();
    @Version
    public long version;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    public String strategyText(Integer number) {
        if (number == null) {
            return null;
        }
        return strategies.stream().filter(s -> s.number() == number).map(Strategy::textTh).findFirst().orElse(null);
    }
}
