package org.khet.assessment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A rubric (เกณฑ์การแปลผล): score bands → level 1–5 with its Thai label, or → a grade (ITA AA, A, B …). */
@Entity
@Table(name = "rubric")
public class Rubric extends PanacheEntityBase {
    public static final String LEVEL = "LEVEL";
    public static final String GRADE = "GRADE";

    @Id
    public String code;
    public String kind;
    public String nameTh;
    @Version
    public long version;
}
