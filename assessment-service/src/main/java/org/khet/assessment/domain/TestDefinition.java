package org.khet.assessment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A national test of the catalogue (การทดสอบระดับชาติ): O-NET P6, NT P3, RT P1 … */
@Entity
@Table(name = "test")
public class TestDefinition extends PanacheEntityBase {
    @Id
    public String code;
    public String family;
    public String grade;
    public String nameTh;
    public String nameEn;
    @Version
    public long version;
}
