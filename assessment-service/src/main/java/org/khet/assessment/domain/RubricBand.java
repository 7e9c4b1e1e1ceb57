package org.khet.assessment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** One band of a rubric: from {@code minScore} (inclusive) up to the next band's minimum. */
@Entity
@Table(name = "rubric_band")
public class RubricBand extends PanacheEntityBase {
    @Id
    public UUID id;
    public String rubricCode;
    public BigDecimal minScore;
    public Integer level;
    public String label;
    public Boolean passes;

    public static List<RubricBand> ofRubric(String code) {
        return list("rubricCode = ?1 order by minScore desc", code);
    }
}
