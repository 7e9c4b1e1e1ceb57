package org.khet.report.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.khet.contracts.FiscalYear;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;
import org.khet.kit.security.AccessControl;
import org.khet.report.render.RenderOptions;
import org.khet.report.render.ReportFormat;
import org.khet.report.service.ReportCache;
import org.khet.report.service.ReportService;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The annual report of an area office and its data-quality findings. */
@Path("/v1/reports")
public class ReportResource {
    private static final Pattern AREA = Pattern.compile("[\\p{Alnum}._-]{1,32}");

    private final ReportService reports;
    private final AccessControl access;

    public ReportResource(ReportService reports, AccessControl access) {
        this.reports = reports;
        this.access = access;
    }

    @GET
    @Path("/annual")
    @Operation(summary = "The annual report (รายงานผลการดำเนินงาน) of an area for a fiscal year",
            description = "JSON, print-ready A4 HTML, DOCX or XLSX, chosen by ?format= or the Accept header. "
                    + "Academic-year data is that of the academic year the fiscal year reports on. Strong ETag; "
                    + "If-None-Match answers 304.")
    public Response annual(@QueryParam("area") String area, @QueryParam("fiscalYear") String fiscalYear,
                           @Parameter(description = "json, html, docx or xlsx (overrides Accept)")
                           @QueryParam("format") String format,
                           @Parameter(description = "print Thai digits (๐–๙) in HTML, DOCX and XLSX text")
                           @QueryParam("thaiDigits") String thaiDigits,
                           @HeaderParam(HttpHeaders.ACCEPT) String accept,
                           @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                           @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        access.requireRead();
        FiscalYear fy = validate(area, fiscalYear);
        ReportFormat f = negotiate(format, accept);
        RenderOptions options = new RenderOptions(flag("thaiDigits", thaiDigits));
        ReportService.Result result = reports.annual(area, fy, f, options, authorization);
        ReportCache.Rendered r = result.rendered();
        Response.ResponseBuilder b = notModified(ifNoneMatch, r.etag())
                ? Response.notModified()
                : Response.ok(r.body(), f.contentType());
        b.header(HttpHeaders.ETAG, r.etag())
                .header(HttpHeaders.VARY, "Accept")
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .header("X-Khet-Cache", result.cached() ? "hit" : "miss");
        if (f == ReportFormat.DOCX || f == ReportFormat.XLSX) {
            b.header("Content-Disposition", "attachment; filename=\"khet-annual-report-" + area + "-" + fy.be() + "."
                    + f.key() + "\"");
        }
        return b.build();
    }

    @GET
    @Path("/findings")
    @Operation(summary = "Every data-quality finding of every service for an area and fiscal year",
            description = "Each finding names its table, the reported figure, what Khet computes and the difference.")
    public Response findings(@QueryParam("area") String area, @QueryParam("fiscalYear") String fiscalYear,
                             @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
                             @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        access.requireRead();
        FiscalYear fy = validate(area, fiscalYear);
        ReportCache.Rendered r = reports.findings(area, fy, authorization);
        Response.ResponseBuilder b = notModified(ifNoneMatch, r.etag()) ? Response.notModified()
                : Response.ok(r.body(), ReportFormat.JSON.contentType());
        return b.header(HttpHeaders.ETAG, r.etag()).header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
    }

    private static FiscalYear validate(String area, String fiscalYear) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (area == null || area.isBlank()) {
            errors.add(Problem.FieldError.field("area", "the area code is required, e.g. ?area=5602"));
        } else if (!AREA.matcher(area).matches()) {
            errors.add(Problem.FieldError.field("area", "'" + area + "' is not an area code"));
        }
        FiscalYear fy = null;
        if (fiscalYear == null || fiscalYear.isBlank()) {
            errors.add(Problem.FieldError.field("fiscalYear", "the fiscal year (Buddhist era, e.g. 2566) is required"));
        } else {
            try {
                fy = FiscalYear.of(Integer.parseInt(fiscalYear.strip()));
            } catch (NumberFormatException e) {
                errors.add(Problem.FieldError.field("fiscalYear", "'" + fiscalYear + "' is not a year"));
            } catch (IllegalArgumentException e) {
                errors.add(Problem.FieldError.field("fiscalYear", e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors.size() + " query parameter(s) are not valid", errors);
        }
        return fy;
    }

    private static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase()) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ProblemException.validation(name + " must be true or false",
                    List.of(Problem.FieldError.field(name, "expected true or false, got '" + value + "'")));
        };
    }

    /** ?format= wins; otherwise the Accept header by quality; nothing asked means JSON. */
    static ReportFormat negotiate(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return ReportFormat.byKey(format).orElseThrow(() -> notAcceptable("format '" + format + "' is not offered"));
        }
        if (accept == null || accept.isBlank()) {
            return ReportFormat.JSON;
        }
        record Range(String type, double q, int order) {
        }
        List<Range> ranges = new ArrayList<>();
        String[] parts = accept.split(",");
        for (int i = 0; i < parts.length; i++) {
            String[] p = parts[i].split(";");
            double q = 1;
            for (int j = 1; j < p.length; j++) {
                String param = p[j].strip();
                if (param.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(param.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            ranges.add(new Range(p[0].strip().toLowerCase(), q, i));
        }
        ranges.sort(Comparator.comparingDouble((Range r) -> -r.q()).thenComparingInt(Range::order));
        for (Range r : ranges) {
            if (r.q() <= 0) {
                continue;
            }
            Optional<ReportFormat> exact = ReportFormat.byMediaType(r.type());
            if (exact.isPresent()) {
                return exact.get();
            }
            if (r.type().equals("*/*") || r.type().equals("application/*")) {
                return ReportFormat.JSON;
            }
            if (r.type().equals("text/*")) {
                return ReportFormat.HTML;
            }
        }
        throw notAcceptable("none of '" + accept + "' is offered");
    }

    private static ProblemException notAcceptable(String what) {
        return new ProblemException(406, "not-acceptable", "Not acceptable", what
                + "; the report is offered as json (application/json), html (text/html), docx ("
                + ReportFormat.DOCX.mediaType() + ") and xlsx (" + ReportFormat.XLSX.mediaType() + ")", null);
    }

    private static boolean notModified(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
