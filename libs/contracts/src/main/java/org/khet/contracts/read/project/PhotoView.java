package org.khet.contracts.read.project;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An activity photo (ภาพกิจกรรม) of a project; {@code href} is where its bytes are served. */
public record PhotoView(UUID id, UUID projectId, String contentType, int sizeBytes, String caption,
                        OffsetDateTime uploadedAt, String uploadedBy, String href) {
}
