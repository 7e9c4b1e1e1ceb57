package org.khet.assessment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An evaluation framework of the office (กรอบการประเมิน): QP, AP, the ESAO standards of 2560, ITA Online, KRS. */
@Entity
@Table(name = "framework")
public class Framework extends PanacheEntityBase {
    @Id
    public String code;
    public String family;
    public String nameTh;
    public String nameEn;
    public Integer fiscalYear;
    public String rubricCode;
    /** The depth of the indicators the framework average is taken over (1: top level; 2: the standards' indicators). */
    public int averageDepth;
    @Version
    public long version;
}
