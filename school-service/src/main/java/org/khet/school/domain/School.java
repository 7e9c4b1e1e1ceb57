package org.khet.school.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;

/** โรงเรียน: a school (or a branch campus, สาขา) under an area, identified by its OBEC school code. */
@Entity
@Table(name = "school")
public class School extends PanacheEntityBase {
    @Id
    public String code;
    @Column(name = "area_code")
    public String areaCode;
    @Column(name = "district_code")
    public String districtCode;
    @Column(name = "name_th")
    public String nameTh;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "sub_district")
    public String subDistrict;
    @Column(name = "branch_of")
    public String branchOf;
    public boolean expansion;
    @Column(name = "special_area")
    public String specialArea;
    public boolean boarding;
    /** The levels the school teaches (kindergarten, primary, lower-secondary, upper-secondary); null when unknown. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] levels;
    public String status;
    @Version
    public long version;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
}
