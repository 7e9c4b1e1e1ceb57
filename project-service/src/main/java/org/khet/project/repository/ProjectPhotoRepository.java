package org.khet.project.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.khet.project.domain.ProjectPhoto;

import java.util.UUID;

@ApplicationScoped
public class ProjectPhotoRepository implements PanacheRepositoryBase<ProjectPhoto, UUID> {
}
