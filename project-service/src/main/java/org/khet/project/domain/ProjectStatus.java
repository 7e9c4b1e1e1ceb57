package org.khet.project.domain;

public enum ProjectStatus {
    PLANNED, IN_PROGRESS, COMPLETED, CANCELLED
}
