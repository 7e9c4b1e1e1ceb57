package org.khet.contracts.events.project;

/** {@code project.ProjectPhotoAdded.v1}: an activity photo (ภาพกิจกรรม) was uploaded for a project. */
public record ProjectPhotoAdded(String projectId, String photoId, String areaCode, int fiscalYear, String contentType,
                                long sizeBytes, String caption) {
    public static final String TYPE = "project.ProjectPhotoAdded.v1";
}
