package org.khet.school.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/** สำนักงานเขตพื้นที่การศึกษา: an Educational Service Area Office, identified by its code ("5602"). */
@Entity
@Table(name = "area")
public class Area extends PanacheEntityBase {
    @Id
    public String code;
    @Column(name = "name_th")
    public String nameTh;
    @Column(name = "name_en")
    public String nameEn;
    public String level;
    public String province;
    public String address;
    public String phone;
    public String website;
    @Version
    public long version;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
}
