package org.khet.project.api;

import org.khet.project.domain.QuantitativeResult;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The JSON shapes of projects. Enumerations travel as strings so that a wrong value is a 400 naming the field. */
public final class ProjectDtos {
    private ProjectDtos() {
    }

    public record OwnerDto(String nameTh, String staffId) {
    }

    /** A project as written by a client (create, or full replace with If-Match). */
    public record ProjectInput(Integer fiscalYear, String planKind, Integer number, String title, String fundingSource,
                               Integer strategyNumber, BigDecimal budget, BigDecimal actualSpend,
                               BigDecimal reportedBudget, BigDecimal reportedRemaining, List<OwnerDto> owners,
                               String status, String achieved, List<QuantitativeResult> quantitativeResults,
                               List<String> qualitativeResults, List<String> problems, List<String> suggestions,
                               String budgetCategory) {
    }

    /** The spend (ใช้จริง) as now known, with the remainder the source reported if it reported one. */
    public record SpendInput(BigDecimal actualSpend, BigDecimal reportedRemaining) {
    }

    /** The results of a project (ผลการดำเนินงาน) replaced as a whole. */
    public record ResultsInput(String status, String achieved, List<QuantitativeResult> quantitativeResults,
                               List<String> qualitativeResults, List<String> problems, List<String> suggestions) {
    }

    public record ProjectView(UUID id, String areaCode, int fiscalYear, String planKind, int number, String title,
                              String fundingSource, String budgetCategory, Integer strategyNumber, String strategyTh,
                              BigDecimal budget,
                              BigDecimal actualSpend, BigDecimal remaining, BigDecimal spentPercent,
                              BigDecimal reportedBudget, BigDecimal reportedRemaining, List<OwnerDto> owners,
                              String status, String achieved, List<QuantitativeResult> quantitativeResults,
                              List<String> qualitativeResults, List<String> problems, List<String> suggestions,
                              List<PhotoView> photos, long version, OffsetDateTime updatedAt, String updatedBy) {
    }

    public record PhotoView(UUID id, UUID projectId, String contentType, int sizeBytes, String caption,
                            OffsetDateTime uploadedAt, String uploadedBy, String href) {
    }

    /** What a feed did: rows read, projects created, changed and left as they were; replayed when seen before. */
    public record FeedResult(int rows, int created, int updated, int unchanged, boolean replayed) {
    }

    /** The figures printed above a project list ("31 projects, 31 carried out, achieved 100%"), as reported. */
    public record ReportedListFigures(String planKind, Integer reportedCount, Integer reportedCarriedOut,
                                      BigDecimal reportedAchievedPercent) {
    }

    /** A responsible officer and the projects of the year they answer for (the same name counts as one person). */
    public record OwnerLoad(String nameTh, String staffId, int projects, BigDecimal budget, List<String> titles) {
    }
}
