package org.khet.report.national;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.khet.contracts.Finding;
import org.khet.contracts.FiscalYear;
import org.khet.contracts.codes.Severity;
import org.khet.contracts.read.school.AreaProfile;
import org.khet.kit.problem.ProblemException;
import org.khet.report.client.Upstream;
import org.khet.report.client.UpstreamCalls;
import org.khet.report.config.ReportConfig;
import org.khet.report.service.ReportService;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The data-quality roll-up (issue #23): every area's report findings of a fiscal year, counted by code — the same
 * findings each area's report prints, from the same composed model (cached), so the national count never disagrees
 * with an area's own. Areas are school-service's register ({@code GET /v1/areas}), filtered by affiliation and
 * province. An area whose report cannot be composed (no data: 404; an upstream answering wrongly: 502) is listed as
 * unavailable and the roll-up goes on; an upstream that is down (503) stops it, as it would stop every area.
 * Areas are composed {@code khet.report.national.parallel} at once (ADR 0034); their answers are taken in register
 * order, so what the roll-up says does not depend on which area finished first.
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

    private static final Logger LOG = Logger.getLogger(NationalFindings.class);
    private final NationalSchoolClient school;
    private final UpstreamCalls calls;
    private final ReportService reports;
    /** Where areas are composed, {@code khet.report.national.parallel} at once (shared by every request). */
    private final ExecutorService composing;
    private final int parallel;

    public NationalFindings(@RestClient NationalSchoolClient school, UpstreamCalls calls, ReportService reports,
                            ReportConfig config) {
        this.school = school;
        this.calls = calls;
        this.reports = reports;
        this.parallel = Math.max(1, config.national().parallel());
        AtomicInteger n = new AtomicInteger();
        this.composing = Executors.newFixedThreadPool(parallel, r -> {
            Thread t = new Thread(r, "national-area-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() {
        composing.shutdownNow();
    }

    public NationalFindingsView rollUp(FiscalYear fy, String affiliation, String province, String authorization) {
        return rollUp(fy, affiliation, province, authorization, new ReportService.Phases());
    }

    /** As {@link #rollUp(FiscalYear, String, String, String)}, the compositions' time added to {@code phases}. */
    public NationalFindingsView rollUp(FiscalYear fy, String affiliation, String province, String authorization,
                                       ReportService.Phases phases) {
        long t0 = System.nanoTime();
        List<AreaProfile> register;
        try {
            register = calls.call(Upstream.SCHOOL, () -> school.areas(authorization)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof ProblemException p ? p : e;
        }
        List<AreaProfile> areas = (register == null ? List.<AreaProfile>of() : register).stream()
                .filter(a -> (affiliation == null || affiliation.equals(a.level()))
                        && (province == null || province.equals(a.province())))
                .sorted(Comparator.comparing(AreaProfile::code)).toList();
        // each area's report is composed on the pool (the office's texts are read through the data source, a
        // connection per read, so several areas at once are safe); the answers are taken in register order, so
        // the roll-up and the first failure it stops on are the same as one area after another
        List<Future<List<Finding>>> composed = new ArrayList<>();
        for (AreaProfile a : areas) {
            composed.add(composing.submit(() -> reports.findingsOf(a.code(), fy, authorization, phases)));
        }
        List<AreaFindings> byArea = new ArrayList<>();
        List<Unavailable> unavailable = new ArrayList<>();
        try {
            for (int i = 0; i < areas.size(); i++) {
                AreaProfile a = areas.get(i);
                List<Finding> found;
                try {
                    found = answer(composed.get(i));
                } catch (ProblemException p) {
                    if (p.status() == 503 || p.status() == 401 || p.status() == 403) {
                        throw p;
                    }
                    unavailable.add(new Unavailable(a.code(), a.nameTh(), p.status(), p.getMessage()));
                    continue;
                }
                byArea.add(area(a, found));
            }
        } finally {
            composed.forEach(f -> f.cancel(false));
        }
        LOG.infof("data-quality roll-up %d: %d areas in %.1f s (%d at once); %s", fy.be(), areas.size(),
                (System.nanoTime() - t0) / 1e9, parallel, phases);
        return summary(fy.be(), byArea, unavailable);
    }

    /** An area's findings, or the problem its composition ended in, as on the request's own thread. */
    private static List<Finding> answer(Future<List<Finding>> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(503, "upstream-unavailable", "An upstream service is unavailable",
                    "interrupted while composing the areas' reports", null);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
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
