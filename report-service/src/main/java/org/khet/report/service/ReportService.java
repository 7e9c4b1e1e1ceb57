package org.khet.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.khet.contracts.FiscalYear;
import org.khet.report.domain.Finding;
import org.khet.report.domain.Report;
import org.khet.report.render.DocxRenderer;
import org.khet.report.render.HtmlRenderer;
import org.khet.report.render.JsonRenderer;
import org.khet.report.render.RenderOptions;
import org.khet.report.render.ReportFormat;
import org.khet.report.render.XlsxRenderer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** The annual report and its findings for an area and fiscal year, from the cache or composed and rendered anew. */
@ApplicationScoped
public class ReportService {
    private final ReportComposer composer;
    private final ReportCache cache;

    public ReportService(ReportComposer composer, ReportCache cache) {
        this.composer = composer;
        this.cache = cache;
    }

    /** A rendered report and whether it came from the cache. */
    public record Result(ReportCache.Rendered rendered, boolean cached) {
    }

    /** The findings of every service for one area and year (GET /v1/reports/findings). */
    public record FindingsReport(String areaCode, String areaNameTh, int fiscalYear, int academicYear, int count,
                                 List<Finding> findings) {
    }

    public Result annual(String area, FiscalYear fy, ReportFormat format, RenderOptions options, String authorization) {
        ReportCache.Key key = new ReportCache.Key(area, fy.be(), format, options.thaiDigits());
        ReportCache.Rendered hit = cache.rendered(key);
        if (hit != null) {
            return new Result(hit, true);
        }
        long generation = cache.generation(area, fy.be());
        Report report = model(area, fy, generation, authorization);
        byte[] body = switch (format) {
            case JSON -> JsonRenderer.render(report);
            case HTML -> HtmlRenderer.render(report, options);
            case DOCX -> DocxRenderer.render(report, options);
            case XLSX -> XlsxRenderer.render(report, options);
        };
        ReportCache.Rendered r = new ReportCache.Rendered(body, etag(body), format);
        cache.putRendered(key, r, generation);
        return new Result(r, false);
    }

    public ReportCache.Rendered findings(String area, FiscalYear fy, String authorization) {
        Report report = model(area, fy, cache.generation(area, fy.be()), authorization);
        FindingsReport f = new FindingsReport(report.areaCode(), report.areaNameTh(), report.fiscalYear(),
                report.academicYear(), report.findings().size(), report.findings());
        byte[] body = JsonRenderer.write(f);
        return new ReportCache.Rendered(body, etag(body), ReportFormat.JSON);
    }

    private Report model(String area, FiscalYear fy, long generation, String authorization) {
        Report report = cache.model(area, fy.be());
        if (report == null) {
            report = composer.compose(area, fy, composer.fetch(area, fy, authorization));
            cache.putModel(report, generation);
        }
        return report;
    }

    /** A strong validator: the first 128 bits of the SHA-256 of the bytes, quoted. */
    static String etag(byte[] body) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(h, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
