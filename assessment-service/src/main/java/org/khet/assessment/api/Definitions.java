package org.khet.assessment.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;
import java.util.List;

/** The DTOs of the reference data: the test catalogue, rubrics and evaluation frameworks. */
public final class Definitions {
    private Definitions() {
    }

    public record SubjectIn(@NotBlank String code, @NotBlank String nameTh, String nameEn) {
    }

    public record TestIn(@NotBlank String family, @NotBlank String grade, @NotBlank String nameTh, String nameEn,
                         @NotEmpty List<@Valid @NotNull SubjectIn> subjects) {
    }

    public record SubjectOut(String code, String nameTh, String nameEn) {
    }

    public record TestOut(String code, String family, String grade, String nameTh, String nameEn,
                          List<SubjectOut> subjects) {
    }

    /** A band starts at a score of 0–100 (a 1–5 mean or an ITA percentage) with at most two decimals. */
    public record BandIn(@NotNull @DecimalMin("0") @DecimalMax("100")
                         @Digits(integer = 3, fraction = 2, message = "must have at most two decimals") BigDecimal minScore, @Min(1) @Max(5) Integer level, @NotBlank String label,
                         Boolean passes) {
    }

    public record RubricIn(@NotNull @Pattern(regexp = "LEVEL|GRADE", message = "must be LEVEL or GRADE") String kind,
                           @NotBlank String nameTh, @NotEmpty List<@Valid @NotNull BandIn> bands) {
    }

    public record BandOut(BigDecimal minScore, Integer level, String label, Boolean passes) {
    }

    public record RubricOut(String code, String kind, String nameTh, List<BandOut> bands) {
    }

    public record IndicatorIn(@NotBlank String code, String parentCode, @NotBlank String titleTh,
                              @NotNull @Pattern(regexp = "ROUNDS|SCORE|TARGET|GRADE|GROUP",
                                      message = "must be ROUNDS, SCORE, TARGET, GRADE or GROUP") String kind) {
    }

    public record FrameworkIn(@NotBlank String family, @NotBlank String nameTh, String nameEn, Integer fiscalYear,
                              @NotBlank String rubric, @Min(1) @Max(10) Integer averageDepth,
                              @NotEmpty List<@Valid @NotNull IndicatorIn> indicators) {
    }

    public record IndicatorOut(String code, String parentCode, String titleTh, String kind, int position) {
    }

    public record FrameworkOut(String code, String family, String nameTh, String nameEn, Integer fiscalYear,
                               String rubric, int averageDepth, List<IndicatorOut> indicators) {
    }
}
