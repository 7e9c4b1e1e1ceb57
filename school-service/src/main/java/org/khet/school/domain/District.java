package org.khet.school.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** อำเภอ: a district an area serves, with the facts of Table 1 (sub-districts, villages, km², population …). */
@Entity
@Table(name = "district")
public class District extends PanacheEntityBase {
    @Id
    public String code;
    @Column(name = "area_code")
    public String areaCode;
    @Column(name = "name_th")
    public String nameTh;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "sub_districts")
    public Integer subDistricts;
    public Integer villages;
    public Integer municipalities;
    public Integer saos;
    @Column(name = "area_km2")
    public BigDecimal areaKm2;
    public Integer population;
    @Column(name = "reported_schools")
    public Integer reportedSchools;
    @Version
    public long version;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
}
