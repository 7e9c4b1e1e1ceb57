package org.khet.report.editions;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.khet.contracts.FiscalYear;
import org.khet.contracts.read.project.ProjectView;
import org.khet.report.client.UpstreamReads;
import org.khet.report.service.UpstreamData;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The data an edition was composed from: the years and round asked for, the versions the answers carry, and each
 * upstream read (request, status, ETag where sent, SHA-256 of the answer's bytes).
 */
@Schema(name = "ReportDataVersions", description = "The years, round and data versions an edition was composed from")
public record DataVersions(
        @Schema(description = "the fiscal year reported on, Buddhist era") int fiscalYear,
        @Schema(description = "the academic year of the tests the fiscal year reports on") int academicYear,
        @Schema(description = "the academic year of the enrolment asked for") int enrolmentAcademicYear,
        @Schema(description = "the enrolment round school-service answered with; null without its summary") Integer enrolmentRound,
        @Schema(description = "the enrolment rounds' snapshot dates") List<LocalDate> snapshotDates,
        @Schema(description = "the date the budget execution table is as of") LocalDate budgetAsOf,
        @Schema(description = "the budget execution snapshot the figures come from") String executionReportId,
        @Schema(description = "the operating plan's version") Long operatingPlanVersion,
        @Schema(description = "the strategic plan's version") Long strategicPlanVersion,
        @Schema(description = "how many projects were read") Integer projects,
        @Schema(description = "the latest change of any project read") OffsetDateTime projectsChangedUpTo,
        @Schema(description = "every upstream answer, by service and request") List<UpstreamReads.Read> reads) {

    static DataVersions of(FiscalYear fy, UpstreamData d, List<UpstreamReads.Read> reads) {
        List<ProjectView> projects = d.projectPages();
        return new DataVersions(fy.be(), fy.reportedAcademicYear().be(), fy.enrolmentAcademicYear().be(),
                d.school() == null ? null : d.school().round(),
                d.school() == null ? List.of() : d.school().snapshotDates(),
                d.budget() == null ? null : d.budget().asOf(),
                d.budget() == null ? null : d.budget().executionReportId(),
                d.budget() == null || d.budget().operatingPlan() == null ? null : d.budget().operatingPlan().version(),
                d.strategicPlan() == null ? null : d.strategicPlan().version(),
                projects == null ? null : projects.size(),
                projects == null ? null : projects.stream().map(ProjectView::updatedAt).filter(Objects::nonNull)
                        .max(OffsetDateTime::compareTo).orElse(null),
                reads);
    }
}
