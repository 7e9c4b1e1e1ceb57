package org.khet.project.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An activity photo (ภาพกิจกรรม) of a project; its bytes live in the database with the project. */
@Entity
@Table(name = "project_photo")
public class ProjectPhoto extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "project_id")
    public UUID projectId;
    @Column(name = "content_type")
    public String contentType;
    @Column(name = "size_bytes")
    public int sizeBytes;
    public String sha256;
    public String caption;
    @Basic(fetch = FetchType.LAZY)
    public byte[] data;
    @Column(name = "uploaded_at")
    public OffsetDateTime uploadedAt;
    @Column(name = "uploaded_by")
    public String uploadedBy;
}
