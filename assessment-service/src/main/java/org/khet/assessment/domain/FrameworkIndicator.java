package org.khet.assessment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.List;
import java.util.UUID;

/**
 * An indicator of a framework (ตัวชี้วัด / ตัวบ่งชี้ / ประเด็นการพิจารณา), with its parent for the standards' tree.
 * Kind: ROUNDS (scored 1–5 per round, averaged), SCORE (scored once), TARGET (achieved % against a target),
 * GRADE (a score with a grade band and a rank, ITA), GROUP (only groups its children).
 */
@Entity
@Table(name = "framework_indicator")
public class FrameworkIndicator extends PanacheEntityBase {
    @Id
    public UUID id;
    public String frameworkCode;
    public String code;
    public String parentCode;
    public String titleTh;
    public String kind;
    public int position;

    public static List<FrameworkIndicator> ofFramework(String code) {
        return list("frameworkCode = ?1 order by position", code);
    }
}
