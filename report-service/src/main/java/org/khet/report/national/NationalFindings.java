package org.khet.report.national;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.khet.contracts.Finding;
import org.khet.contracts.FiscalYear;
import org.khet.contracts.codes.Severity;
import org.khet.contracts.read.school.AreaProfile;
import org.khet.kit.problem.ProblemException;
import org.khet.report.client.Upstream;
import org.khet.report.client.UpstreamCalls;
import org.khet.report.service.ReportService;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;

/**
 * The data-quality roll-up (issue #23): every area's report findings of a fiscal year, counted by code — the same
 * findings each area's report prints, from the same composed model (cached), so the national count never disagrees
 * with an area's own. Areas are school-service's register ({@code GET /v1/areas}), filtered by affiliation and
 * province. An area whose report cannot be composed (no data: 404; an upstream answering wrongly: 502) is listed as
 * unavailable and the roll-up goes on; an upstream that is down (503) stops it, as it would stop every area.
 * Areas are composed one after another on the request's thread: the composer reads the office's texts through the
 * request's persistence context, which is not for several threads at once.
 */
@ApplicationScoped
public class NationalFindings {

    /** An area's findings: how many, of which severity, and how many of each code. */
    public record AreaFindings(String areaCode, String nameTh, String affiliation, String province, int findings,
                               int major, int minor, Map<String, Integer> byCode) {
    }

    /** A code over every area: in how many areas it was found, and how often. */
    public record CodeCount(String code, int areas, int findings) {
    }

    /** An area whose report could not be composed, with the problem's status and detail. */
    public record Unavailable(String areaCode, String nameTh, int status, String detail) {
    }

    /**
     * The roll-up: areas in the register order (by code), codes by how often they were found (most first).
     *
     * @param areas    areas whose findings are counted
     * @param findings findings over every counted area
     */
    public record NationalFindingsView(int fiscalYear, int areas, int findings, List<CodeCount> byCode,
                                       List<AreaFindings> byArea, List<Unavailable> unavailable) {
    }

    private final NationalSchoolClient school;
    private final UpstreamCalls calls;
    private final ReportService reports;

    public NationalFindings(@RestClient NationalSchoolClient school, UpstreamCalls calls, ReportService reports) {
        this.school = school;
        this.calls = calls;
        this.reports = reports;
    }

    public NationalFindingsView rollUp(FiscalYear fy, String affiliation, String province, String authorization) {
        List<AreaProfile> register;
        try {
            register = calls.call(Upstream.SCHOOL, () -> school.areas(authorization)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof ProblemException p ? p : e;
        }
        List<AreaFindings> byArea = new ArrayList<>();
        List<Unavailable> unavailable = new ArrayList<>();
        for (AreaProfile a : register == null ? List.<AreaProfile>of() : register.stream()
                .sorted(Comparator.comparing(AreaProfile::code)).toList()) {
            if ((affiliation != null && !affiliation.equals(a.level())) || (province != null && !province.equals(a.province()))) {
                continue;
            }
            List<Finding> found;
            try {
                found = reports.findingsOf(a.code(), fy, authorization);
            } catch (ProblemException p) {
                if (p.status() == 503 || p.status() == 401 || p.status() == 403) {
                    throw p;
                }
                unavailable.add(new Unavailable(a.code(), a.nameTh(), p.status(), p.getMessage()));
                continue;
            }
            byArea.add(area(a, found));
        }
        return summary(fy.be(), byArea, unavailable);
    }

    static AreaFindings area(AreaProfile a, List<Finding> found) {
        Map<String, Integer> codes = new TreeMap<>();
        int major = 0;
        for (Finding f : found) {
            codes.merge(f.code(), 1, Integer::sum);
            if (f.severity() == Severity.MAJOR) {
                major++;
            }
        }
        return new AreaFindings(a.code(), a.nameTh(), a.level(), a.province(), found.size(), major, found.size() - major,
                codes);
    }

    static NationalFindingsView summary(int fiscalYear, List<AreaFindings> byArea, List<Unavailable> unavailable) {
        Map<String, int[]> codes = new TreeMap<>();
        int total = 0;
        for (AreaFindings a : byArea) {
            total += a.findings();
            a.byCode().forEach((code, n) -> {
                int[] c = codes.computeIfAbsent(code, k -> new int[2]);
                c[0]++;
                c[1] += n;
            });
        }
        List<CodeCount> byCode = codes.entrySet().stream()
                .map(e -> new CodeCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparing(CodeCount::findings).reversed().thenComparing(CodeCount::code)).toList();
        return new NationalFindingsView(fiscalYear, byArea.size(), total, byCode, byArea, unavailable);
    }
}
