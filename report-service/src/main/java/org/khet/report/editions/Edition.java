package org.khet.report.editions;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** A published edition of an area's annual report, without its content. */
@Schema(name = "ReportEdition", description = "A published edition of an area's annual report: its number, content "
        + "hash, who published it and when, and the data it came from")
public record Edition(
        @Schema(description = "the area office's code", example = "5602") String areaCode,
        @Schema(description = "the fiscal year, Buddhist era", example = "2566") int fiscalYear,
        @Schema(description = "1, 2, 3 … per area and fiscal year", example = "1") int number,
        @Schema(description = "SHA-256 (hex) of the frozen JSON, which is what format=json of the edition answers")
        String contentSha256,
        @Schema(description = "who published it: the token's subject, role and org") String publishedBy,
        @Schema(description = "when it was published") OffsetDateTime publishedAt,
        @Schema(description = "where to read it (format=json|html|docx|xlsx|pdf), without a token",
                example = "/v1/reports/editions/5602/2566/1") String path,
        @Schema(description = "the years, round and data versions it was composed from") DataVersions dataVersions) {
}
