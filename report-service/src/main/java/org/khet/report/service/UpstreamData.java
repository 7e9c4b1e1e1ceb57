package org.khet.report.service;

import org.khet.contracts.read.assessment.AreaEvaluationsView;
import org.khet.contracts.read.assessment.AreaTestsView;
import org.khet.contracts.read.budget.AreaBudgetView;
import org.khet.contracts.read.project.ProjectSummary;
import org.khet.contracts.read.project.ProjectView;
import org.khet.contracts.read.project.StrategicPlanView;
import org.khet.contracts.read.school.AreaProfile;
import org.khet.contracts.read.school.AreaSummary;
import org.khet.contracts.read.school.OfficeStaffMember;
import org.khet.contracts.read.school.SchoolNetwork;

import java.util.List;

/**
 * What the services answered for one area and year; a null member means that service had no data (404).
 *
 * @param area       school-service {@code /v1/areas/{area}}: the office's profile, units and executives
 * @param networks   school-service {@code /v1/areas/{area}/networks}
 * @param staff      school-service {@code /v1/areas/{area}/staff}: the office staff register (the names check reads it)
 * @param school     school-service {@code /v1/areas/{area}/summary?academicYear=}
 * @param tests      assessment-service {@code /v1/areas/{area}/tests?academicYear=}
 * @param evaluations assessment-service {@code /v1/areas/{area}/evaluations?fiscalYear=}
 * @param budget     budget-service {@code /v1/areas/{area}/budget?fiscalYear=}
 * @param projects   project-service {@code /v1/areas/{area}/projects/summary?fiscalYear=}
 * @param projectPages project-service {@code /v1/areas/{area}/projects?fiscalYear=}: every project in full, all pages
 * @param strategicPlan project-service {@code /v1/areas/{area}/strategic-plan/{fiscalYear}}
 */
public record UpstreamData(AreaProfile area, List<SchoolNetwork> networks, List<OfficeStaffMember> staff,
                           AreaSummary school, AreaTestsView tests,
                           AreaEvaluationsView evaluations,
                           AreaBudgetView budget, ProjectSummary projects, List<ProjectView> projectPages,
                           StrategicPlanView strategicPlan) {
}
