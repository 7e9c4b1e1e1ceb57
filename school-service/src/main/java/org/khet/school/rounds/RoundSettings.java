package org.khet.school.rounds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.khet.kit.org.OrgDirectory;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;
import org.khet.kit.security.AccessControl;
import org.khet.kit.security.Caller;
import org.khet.kit.sql.Sql;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An area's settings for its collection rounds: whether a branch campus (สาขา) reports on its own. When it does not,
 * its figures come with its main school's and it is not expected in the area's rounds (nor, for that area, in a
 * national round). An area that never set it has the default: branches report on their own, every open school is
 * expected. The setting counts when a round opens (its expected schools are fixed then).
 */
@ApplicationScoped
@Transactional
public class RoundSettings {
    /** The default of an area without a setting of its own. */
    public static final boolean BRANCHES_REPORT_BY_DEFAULT = true;

    private final Sql sql;
    private final AccessControl access;
    private final OrgDirectory directory;

    public RoundSettings(Sql sql, AccessControl access, OrgDirectory directory) {
        this.sql = sql;
        this.access = access;
        this.directory = directory;
    }

    /**
     * @param branchesReportOnTheirOwn whether a branch campus is an expected submitter of its own
     * @param version                  0 while the area has the default, then 1, 2 … with each change
     */
    public record AreaRoundSettings(String areaCode,
                                    @Schema(description = "Whether a branch campus reports on its own (expected in the "
                                            + "area's rounds); false: its figures come with its main school")
                                    boolean branchesReportOnTheirOwn, long version, OffsetDateTime updatedAt,
                                    String updatedBy) {
    }

    /** A change of an area's settings. */
    public record SettingsEdit(@Schema(description = "Whether a branch campus reports on its own", required = true)
                               Boolean branchesReportOnTheirOwn) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AreaRoundSettings of(String areaCode) {
        directory.requireArea(areaCode);
        List<AreaRoundSettings> found = sql.query("""
                select area_code, branches_report, version, updated_at, updated_by from area_round_setting
                 where area_code = ?""", rs -> new AreaRoundSettings(rs.getString(1), rs.getBoolean(2), rs.getLong(3),
                rs.getObject(4, OffsetDateTime.class), rs.getString(5)), areaCode);
        return found.isEmpty() ? new AreaRoundSettings(areaCode, BRANCHES_REPORT_BY_DEFAULT, 0, null, null) : found.get(0);
    }

    /** Sets an area's settings: its area-officer or obec-admin. */
    public AreaRoundSettings put(String areaCode, SettingsEdit edit) {
        directory.requireArea(areaCode);
        access.requireRole(areaCode, Caller.AREA_OFFICER, Caller.OBEC_ADMIN);
        if (edit == null || edit.branchesReportOnTheirOwn() == null) {
            throw ProblemException.validation("the settings are not complete", List.of(Problem.FieldError.field(
                    "branchesReportOnTheirOwn", "is required: true or false")));
        }
        sql.update("""
                insert into area_round_setting (area_code, branches_report, version, updated_by) values (?, ?, 1, ?)
                on conflict (area_code) do update set branches_report = excluded.branches_report,
                    version = area_round_setting.version + 1, updated_at = now(), updated_by = excluded.updated_by
                 where area_round_setting.branches_report <> excluded.branches_report""",
                areaCode, edit.branchesReportOnTheirOwn(), access.actor());
        return of(areaCode);
    }
}
