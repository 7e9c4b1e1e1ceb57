package org.khet.project.mapping;

import org.khet.contracts.Percent;
import org.khet.contracts.events.project.ProjectCreated;
import org.khet.contracts.events.project.ProjectDeleted;
import org.khet.contracts.events.project.ProjectResultRecorded;
import org.khet.contracts.events.project.ProjectSpendRecorded;
import org.khet.contracts.events.project.ProjectUpdated;
import org.khet.contracts.read.project.PhotoView;
import org.khet.contracts.read.project.ProjectView;
import org.khet.kit.outbox.Outbox;
import org.khet.project.domain.Project;
import org.khet.project.domain.ProjectPhoto;
import org.khet.project.domain.StrategicPlan;

import java.math.BigDecimal;
import java.util.List;

/** The one place where a project becomes JSON or an event. */
public final class ProjectMapper {
    public static final String AGGREGATE = "project";

    private ProjectMapper() {
    }

    public static ProjectView toView(Project p, StrategicPlan plan, List<ProjectPhoto> photos) {
        BigDecimal remaining = p.remaining();
        BigDecimal spentPercent = p.actualSpend == null ? null : Percent.of(p.actualSpend, p.budget);
        return new ProjectView(p.id, p.areaCode, p.fiscalYear, p.planKind, p.number, p.title, p.fundingSource,
                p.budgetCategory, p.strategyNumber, plan == null ? null : plan.strategyText(p.strategyNumber),
                p.budget, p.actualSpend, remaining, spentPercent, p.reportedBudget, p.reportedRemaining,
                List.copyOf(p.owners), p.status, p.achieved, List.copyOf(p.quantitativeResults),
                List.copyOf(p.qualitativeResults), List.copyOf(p.problems), List.copyOf(p.suggestions),
                photos.stream().map(ProjectMapper::toView).toList(), p.version, p.updatedAt, p.updatedBy);
    }

    public static PhotoView toView(ProjectPhoto ph) {
        return new PhotoView(ph.id, ph.projectId, ph.contentType, ph.sizeBytes, ph.caption, ph.uploadedAt,
                ph.uploadedBy, "/v1/projects/" + ph.projectId + "/photos/" + ph.id);
    }

    public static Outbox.Subject subject(Project p) {
        return Outbox.Subject.of(AGGREGATE, p.id.toString()).area(p.areaCode).fiscalYear(p.fiscalYear);
    }

    private static String funding(Project p) {
        return p.fundingSource == null ? null : p.fundingSource.code();
    }

    public static ProjectCreated created(Project p) {
        return new ProjectCreated(p.id.toString(), p.areaCode, p.fiscalYear, p.number, p.planKind.code(), funding(p),
                p.strategyNumber, p.title, p.budget, p.actualSpend, p.remaining(), p.status.code(), p.achieved.code(),
                p.budgetCategory);
    }

    public static ProjectUpdated updated(Project p, BigDecimal previousBudget) {
        return new ProjectUpdated(p.id.toString(), p.areaCode, p.fiscalYear, p.number, p.planKind.code(), funding(p),
                p.strategyNumber, p.title, p.budget, previousBudget, p.actualSpend, p.remaining(), p.status.code(),
                p.achieved.code(), p.budgetCategory);
    }

    public static ProjectSpendRecorded spend(Project p, BigDecimal previousSpend) {
        return new ProjectSpendRecorded(p.id.toString(), p.areaCode, p.fiscalYear, p.number, p.planKind.code(),
                funding(p), p.strategyNumber, p.budget, p.actualSpend, previousSpend, p.remaining(), p.budgetCategory);
    }

    public static ProjectResultRecorded result(Project p) {
        return new ProjectResultRecorded(p.id.toString(), p.areaCode, p.fiscalYear, p.number, p.planKind.code(),
                funding(p), p.strategyNumber, p.budget, p.actualSpend, p.remaining(), p.status.code(),
                p.achieved.code(), p.quantitativeResults.size(), p.qualitativeResults.size(), p.problems.size(),
                p.suggestions.size(), p.budgetCategory);
    }

    public static ProjectDeleted deleted(Project p) {
        return new ProjectDeleted(p.id.toString(), p.areaCode, p.fiscalYear, p.number, p.planKind.code(), funding(p),
                p.strategyNumber, p.budget, p.actualSpend, p.budgetCategory);
    }
}
