package org.khet.project.domain;

/** Who pays for a project: the area office (สพป.), OBEC (สพฐ.) or another body (หน่วยงานอื่น). */
public enum FundingSource {
    AREA, OBEC, OTHER
}
