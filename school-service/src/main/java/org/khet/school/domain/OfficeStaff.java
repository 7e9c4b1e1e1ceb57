package org.khet.school.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** บุคลากรสำนักงานเขต: a person on the area office's staff, in a unit and a personnel category. */
@Entity
@Table(name = "office_staff")
public class OfficeStaff extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "area_code")
    public String areaCode;
    @Column(name = "name_th")
    public String nameTh;
    public String position;
    public String category;
    @Column(name = "unit_code")
    public String unitCode;
    @Version
    public long version;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
}
