package org.khet.report.service;

import org.khet.kit.etag.ETags;
import org.khet.report.texts.ReportTexts;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import org.khet.contracts.Finding;
import org.khet.contracts.FiscalYear;
import org.khet.report.domain.Lang;
import org.khet.report.domain.Report;
import org.khet.report.render.DocxPaginator;
import org.khet.report.render.HtmlRenderer;
import org.khet.report.render.JsonRenderer;
import org.khet.report.render.PdfRenderer;
import org.khet.report.render.RenderOptions;
import org.khet.report.render.ReportFormat;
import org.khet.report.render.XlsxRenderer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** The annual report and its findings for an area and fiscal year, from the cache or composed and rendered anew. */
@ApplicationScoped
public class ReportService {
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ReportService.class);
    private final ReportComposer composer;
    private final ReportCache cache;
    private final MeterRegistry metrics;
    private final PdfRenderer pdf;
    private final DocxPaginator docx;
    /** Compositions under way: a second cold request for the same area and year waits for the first one. */
    private final Map<InFlight, CompletableFuture<Report>> inFlight = new ConcurrentHashMap<>();

    private record InFlight(ReportCache.AreaYear areaYear, Lang lang) {
    }

    private final ReportTexts texts;

    public ReportService(ReportComposer composer, ReportCache cache, MeterRegistry metrics, PdfRenderer pdf,
                         ReportTexts texts, DocxPaginator docx) {
        this.docx = docx;
        this.texts = texts;
        this.pdf = pdf;
        this.composer = composer;
        this.cache = cache;
        this.metrics = metrics;
    }

    /** A rendered report and whether it came from the cache. */
    public record Result(ReportCache.Rendered rendered, boolean cached) {
    }

    /**
     * The findings of every service for one area and year (GET /v1/reports/findings): the one {@link Finding} of
     * every service, in the order of the report's parts, with the area, the years and their count.
     */
    public record FindingsReport(String areaCode, String areaNameTh, int fiscalYear, int academicYear, int count,
                                 List<Finding> findings) {
    }

    public Result annual(String area, FiscalYear fy, Lang lang, ReportFormat format, RenderOptions options,
                         String authorization) {
        ReportCache.Key key = new ReportCache.Key(area, fy.be(), format, options, lang);
        ReportCache.Rendered hit = cache.rendered(key);
        metrics.counter("khet.report.requests", "format", format.key(), "cache", hit != null ? "hit" : "miss").increment();
        if (hit != null) {
            return new Result(hit, true);
        }
        long generation = cache.generation(area, fy.be());
        Report report = model(area, fy, lang, generation, authorization);
        ReportCache.Rendered r = render(report, format, options);
        cache.putRendered(key, r, generation);
        return new Result(r, false);
    }

    /** A model in a format, with its ETag: the live draft's and a published edition's alike. */
    public ReportCache.Rendered render(Report report, ReportFormat format, RenderOptions options) {
        Timer.Sample sample = Timer.start(metrics);
        byte[] body = switch (format) {
            case JSON -> JsonRenderer.render(report);
            case HTML -> HtmlRenderer.render(report, options);
            case DOCX -> docx.render(report, options);
            case XLSX -> XlsxRenderer.render(report, options);
            case PDF -> pdf.render(report, options);
        };
        sample.stop(metrics.timer("khet.report.render", "format", format.key()));
        return new ReportCache.Rendered(body, ETags.of(body), format);
    }

    public ReportCache.Rendered findings(String area, FiscalYear fy, String authorization) {
        Report report = model(area, fy, Lang.TH, cache.generation(area, fy.be()), authorization);
        FindingsReport f = new FindingsReport(report.areaCode(), report.areaNameTh(), report.fiscalYear(),
                report.academicYear(), report.findings().size(), report.findings());
        byte[] body = JsonRenderer.write(f);
        return new ReportCache.Rendered(body, ETags.of(body), ReportFormat.JSON);
    }

    /** The findings of an area's report for a year: its model's, composed or from the cache. */
    public List<Finding> findingsOf(String area, FiscalYear fy, String authorization) {
        return findingsOf(area, fy, authorization, null);
    }

    /** As {@link #findingsOf(String, FiscalYear, String)}, the time of each phase added to {@code phases} (null: not). */
    public List<Finding> findingsOf(String area, FiscalYear fy, String authorization, Phases phases) {
        return model(area, fy, Lang.TH, cache.generation(area, fy.be()), authorization, phases).findings();
    }

    /**
     * Where compositions spent their time, summed over the areas of one national request (nanoseconds): the upstream
     * reads (the ten calls of an area run at once: their wall time), the office's texts (read while those calls are
     * under way: a part of the reads' time, not added to it), and composing the model with its checks; how many areas
     * were composed and how many came from the cache.
     */
    public static final class Phases {
        public final LongAdder fetch = new LongAdder();
        public final LongAdder texts = new LongAdder();
        public final LongAdder compose = new LongAdder();
        public final LongAdder composed = new LongAdder();
        public final LongAdder cached = new LongAdder();

        @Override
        public String toString() {
            long n = Math.max(1, composed.sum());
            return String.format("%d composed, %d cached; summed over the areas: upstream reads %.1f s (%.0f ms an area),"
                            + " texts read meanwhile %.1f s (%.1f ms), compose and checks %.1f s (%.1f ms)", composed.sum(), cached.sum(),
                    fetch.sum() / 1e9, fetch.sum() / 1e6 / n, texts.sum() / 1e9, texts.sum() / 1e6 / n,
                    compose.sum() / 1e9, compose.sum() / 1e6 / n);
        }
    }

    private Report model(String area, FiscalYear fy, Lang lang, long generation, String authorization) {
        return model(area, fy, lang, generation, authorization, null);
    }

    private Report model(String area, FiscalYear fy, Lang lang, long generation, String authorization, Phases phases) {
        Report cached = cache.model(area, fy.be(), lang);
        if (cached != null) {
            if (phases != null) {
                phases.cached.increment();
            }
            return cached;
        }
        InFlight key = new InFlight(new ReportCache.AreaYear(area, fy.be()), lang);
        CompletableFuture<Report> mine = new CompletableFuture<>();
        CompletableFuture<Report> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            Timer.Sample sample = Timer.start(metrics);
            long t0 = System.nanoTime();
            ReportComposer.Pending calls = composer.start(area, fy, authorization, null);
            // the office's texts are read while the upstreams answer
            var officeTexts = texts.forReport(area, fy.be());
            long t1 = System.nanoTime();
            UpstreamData data = calls.await();
            long t2 = System.nanoTime();
            Report report = composer.compose(area, fy, data, officeTexts, lang);
            sample.stop(metrics.timer("khet.report.compose"));
            long t3 = System.nanoTime();
            LOG.debugf("report %s %d %s composed in %.1f ms: upstream reads %.1f ms (texts read meanwhile in %.1f ms),"
                            + " compose and checks %.1f ms",
                    area, fy.be(), lang.code(), (t3 - t0) / 1e6, (t2 - t0) / 1e6, (t1 - t0) / 1e6, (t3 - t2) / 1e6);
            if (phases != null) {
                phases.fetch.add(t2 - t0);
                phases.texts.add(t1 - t0);
                phases.compose.add(t3 - t2);
                phases.composed.increment();
            }
            cache.putModel(report, generation);
            mine.complete(report);
            return report;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }
}
