package org.khet.assessment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.List;
import java.util.UUID;

/** A subject or ability of a test (วิชา / ด้าน) with its code: O-NET 61 ภาษาไทย, RT การอ่านออกเสียง … */
@Entity
@Table(name = "test_subject")
public class TestSubject extends PanacheEntityBase {
    @Id
    public UUID id;
    public String testCode;
    public String code;
    public String nameTh;
    public String nameEn;
    public int position;

    public static List<TestSubject> ofTest(String testCode) {
        return list("testCode = ?1 order by position, code", testCode);
    }
}
