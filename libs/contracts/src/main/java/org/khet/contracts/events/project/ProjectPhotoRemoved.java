package org.khet.contracts.events.project;

/** {@code project.ProjectPhotoRemoved.v1}: an activity photo of a project was removed. */
public record ProjectPhotoRemoved(String projectId, String photoId, String areaCode, int fiscalYear) {
    public static final String TYPE = "project.ProjectPhotoRemoved.v1";
}
