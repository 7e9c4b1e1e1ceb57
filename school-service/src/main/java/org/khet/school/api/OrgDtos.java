package org.khet.school.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.khet.contracts.codes.OrgUnitKind;
import org.khet.contracts.codes.SchoolStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The org hierarchy as the API speaks it. Codes: area "5602", district "5602-01", school 8 or 10 digits. What other
 * services read (the area profile, its units, networks, the office staff) is in {@code org.khet.contracts.read.school}.
 */
public final class OrgDtos {
    private OrgDtos() {
    }

    public record AreaInput(@NotBlank String nameTh, String nameEn,
                            @NotNull @Pattern(regexp = "primary|secondary", message = "must be primary or secondary") String level,
                            String province, String address, String phone, String website) {
    }

    public record OfficeUnitInput(@NotBlank String nameTh,
                                  @NotNull @Pattern(regexp = "executive|group|unit", message = "must be executive, group or unit") String kind,
                                  String directorName, @Min(0) Integer sortOrder,
                                  @Size(max = 20, message = "names at most 20 holders") List<String> holders) {
    }

    public record DistrictInput(@NotBlank String areaCode, @NotBlank String nameTh, String nameEn,
                                @PositiveOrZero Integer subDistricts, @PositiveOrZero Integer villages,
                                @PositiveOrZero Integer municipalities, @PositiveOrZero Integer subDistrictAdministrations,
                                @PositiveOrZero BigDecimal areaKm2, @PositiveOrZero Integer population,
                                @PositiveOrZero Integer reportedSchools) {
    }

    public record DistrictDto(String code, String areaCode, String nameTh, String nameEn, Integer subDistricts,
                              Integer villages, Integer municipalities, Integer subDistrictAdministrations,
                              BigDecimal areaKm2, Integer population, Integer reportedSchools) {
    }

    /**
     * @param levels the levels the school teaches; absent (null) keeps what the register holds (unknown for a new
     *               school), an empty list makes it unknown again
     */
    public record SchoolInput(@NotBlank String code, @NotBlank String districtCode, @NotBlank String nameTh,
                              String nameEn, String subDistrict, String branchOf, Boolean expansion,
                              @Pattern(regexp = "highland|remote", message = "must be highland or remote") String specialArea,
                              Boolean boarding,
                              @Schema(description = "The levels the school teaches: kindergarten, primary, "
                                      + "lower-secondary, upper-secondary. Absent: unchanged (unknown for a new "
                                      + "school); []: unknown. Rules that need it skip a school whose levels are unknown.",
                                      example = "[\"kindergarten\", \"primary\"]")
                              List<String> levels) {
    }

    /** @param levels the levels the school teaches, null when the register does not know them */
    public record SchoolDto(String code, String areaCode, String districtCode, String nameTh, String nameEn,
                            String subDistrict, String branchOf, boolean expansion, String specialArea,
                            boolean boarding, SchoolStatus status,
                            @Schema(description = "The levels the school teaches (kindergarten, primary, "
                                    + "lower-secondary, upper-secondary); null when the register does not know them")
                            List<String> levels) {
    }

    public record StatusInput(@NotNull @Pattern(regexp = "open|merged|closed", message = "must be open, merged or closed") String status,
                              @NotNull LocalDate effectiveOn, String note) {
    }

    public record StatusHistoryDto(SchoolStatus status, LocalDate effectiveOn, String note, String recordedBy) {
    }

    public record NetworkInput(@NotBlank String areaCode, @NotBlank String nameTh,
                               @NotNull @Pattern(regexp = "cluster|program|subject-club", message = "must be cluster, program or subject-club") String kind,
                               @Min(0) Integer position) {
    }

    public record MemberInput(@NotNull Integer fromYear, Integer toYear) {
    }

    public record OfficeStaffInput(@NotBlank String areaCode, @NotBlank String nameTh, String position,
                                   @NotNull @Pattern(regexp = "38kh|38c1|38c2|government-employee|permanent|temporary",
                                           message = "must be 38kh, 38c1, 38c2, government-employee, permanent or temporary") String category,
                                   @NotBlank String unitCode) {
    }

    public record OrgUnitDto(String code, OrgUnitKind kind, String parentCode, String areaCode, String nameTh,
                             String nameEn, SchoolStatus status, List<String> ancestors) {
    }

    public record ReportedFigureInput(@NotBlank String figure, @NotNull BigDecimal value, String source) {
    }

    public record ReportedFigures(@NotNull @Valid List<ReportedFigureInput> figures) {
    }
}
