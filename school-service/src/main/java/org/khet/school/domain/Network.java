package org.khet.school.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/** กลุ่มเครือข่าย: a named grouping of schools (geographic cluster, program network, subject club). */
@Entity
@Table(name = "network")
public class Network extends PanacheEntityBase {
    @Id
    public String code;
    @Column(name = "area_code")
    public String areaCode;
    @Column(name = "name_th")
    public String nameTh;
    public String kind;
    /** Its place in the office's list of its kind; null: Thai order after the placed ones. */
    public Integer position;
    @Version
    public long version;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
}
