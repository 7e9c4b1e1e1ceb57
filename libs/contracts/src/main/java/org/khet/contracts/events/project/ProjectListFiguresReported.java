package org.khet.contracts.events.project;

import java.math.BigDecimal;

/**
 * {@code project.ProjectListFiguresReported.v1}: the figures an area printed above one of its project lists
 * ("31 projects, 31 carried out, achieved 100%") were stored as reported. Khet's own counts come from the projects;
 * these are kept to show where the report disagrees with them.
 *
 * @param planKind ACTION_PLAN or ADDITIONAL
 */
public record ProjectListFiguresReported(String areaCode, int fiscalYear, String planKind, Integer reportedCount,
                                         Integer reportedCarriedOut, BigDecimal reportedAchievedPercent) {
    public static final String TYPE = "project.ProjectListFiguresReported.v1";
}
