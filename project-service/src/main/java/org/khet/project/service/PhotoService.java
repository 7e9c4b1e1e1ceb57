package org.khet.project.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.khet.contracts.events.project.ProjectPhotoAdded;
import org.khet.kit.feed.FeedReceipts;
import org.khet.kit.outbox.Outbox;
import org.khet.kit.problem.ProblemException;
import org.khet.kit.security.AccessControl;
import org.khet.contracts.read.project.PhotoView;
import org.khet.project.config.ProjectConfig;
import org.khet.project.domain.Project;
import org.khet.project.domain.ProjectPhoto;
import org.khet.project.mapping.ProjectMapper;
import org.khet.project.repository.ProjectPhotoRepository;
import org.khet.project.repository.ProjectRepository;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Activity photos: JPEG, PNG or WebP by content (and decoding as one: {@link ImageCheck}), within the configured size, stored with the project. */
@ApplicationScoped
@Transactional
public class PhotoService {
    private final ProjectRepository projects;
    private final ProjectPhotoRepository photos;
    private final Outbox outbox;
    private final AccessControl access;
    private final ProjectConfig config;

    public PhotoService(ProjectRepository projects, ProjectPhotoRepository photos, Outbox outbox, AccessControl access,
                        ProjectConfig config) {
        this.projects = projects;
        this.photos = photos;
        this.outbox = outbox;
        this.access = access;
        this.config = config;
    }

    public record PhotoBytes(String contentType, byte[] data, String sha256) {
    }

    public PhotoView add(UUID projectId, byte[] data, String caption) {
        Project p = projects.findByIdOptional(projectId)
                .orElseThrow(() -> ProblemException.notFound("project " + projectId + " does not exist"));
        access.requireWrite(p.areaCode);
        if (data == null || data.length == 0) {
            throw ProblemException.validation("the photo is empty",
                    List.of(org.khet.kit.problem.Problem.FieldError.field("file", "has no bytes")));
        }
        int max = config.photos().maxBytes();
        if (data.length > max) {
            throw new ProblemException(413, "payload-too-large", "The photo is too large",
                    "the photo has " + data.length + " bytes; the limit is " + max + " bytes", null);
        }
        String type = ImageSniffer.sniff(data).orElseThrow(() -> new ProblemException(415, "unsupported-media-type",
                "Unsupported Media Type", "the file is not a JPEG, PNG or WebP image (its content was checked, "
                + "not its name or declared type)", null));
        ImageCheck.problem(type, data).ifPresent(why -> {
            throw new ProblemException(415, "unsupported-media-type", "Unsupported Media Type", why, null);
        });
        if (caption != null && caption.strip().length() > 1000) {
            throw ProblemException.validation("the caption is too long",
                    List.of(org.khet.kit.problem.Problem.FieldError.field("caption", "is longer than 1000 characters")));
        }
        ProjectPhoto ph = new ProjectPhoto();
        ph.id = UUID.randomUUID();
        ph.projectId = p.id;
        ph.contentType = type;
        ph.sizeBytes = data.length;
        ph.sha256 = FeedReceipts.sha256(data);
        ph.caption = caption == null || caption.isBlank() ? null : caption.strip();
        ph.data = data;
        ph.uploadedAt = OffsetDateTime.now(ZoneOffset.UTC);
        ph.uploadedBy = access.actor();
        photos.persistAndFlush(ph);
        outbox.publish(ProjectPhotoAdded.TYPE, ProjectMapper.subject(p), new ProjectPhotoAdded(p.id.toString(),
                ph.id.toString(), p.areaCode, p.fiscalYear, type, data.length, ph.caption), access.actor());
        return ProjectMapper.toView(ph);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PhotoView> list(UUID projectId) {
        access.requireRead();
        if (projects.findByIdOptional(projectId).isEmpty()) {
            throw ProblemException.notFound("project " + projectId + " does not exist");
        }
        return photos.list("projectId = ?1 order by uploadedAt, id", projectId).stream().map(ProjectMapper::toView).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PhotoBytes bytes(UUID projectId, UUID photoId) {
        access.requireRead();
        ProjectPhoto ph = photos.findByIdOptional(photoId).filter(x -> x.projectId.equals(projectId))
                .orElseThrow(() -> ProblemException.notFound("project " + projectId + " has no photo " + photoId));
        return new PhotoBytes(ph.contentType, ph.data, ph.sha256);
    }

    public void delete(UUID projectId, UUID photoId) {
        ProjectPhoto ph = photos.findByIdOptional(photoId).filter(x -> x.projectId.equals(projectId))
                .orElseThrow(() -> ProblemException.notFound("project " + projectId + " has no photo " + photoId));
        Project p = projects.findById(projectId);
        access.requireWrite(p.areaCode);
        photos.delete(ph);
        outbox.publish(org.khet.contracts.events.project.ProjectPhotoRemoved.TYPE, ProjectMapper.subject(p),
                new org.khet.contracts.events.project.ProjectPhotoRemoved(p.id.toString(), ph.id.toString(), p.areaCode,
                        p.fiscalYear), access.actor());
    }
}
