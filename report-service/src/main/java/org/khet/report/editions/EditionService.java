package org.khet.report.editions;

import org.khet.kit.etag.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.khet.contracts.FiscalYear;
import org.khet.kit.problem.ProblemException;
import org.khet.report.client.UpstreamReads;
import org.khet.report.domain.Lang;
import org.khet.report.domain.Report;
import org.khet.report.render.RenderOptions;
import org.khet.report.render.ReportFormat;
import org.khet.report.service.ReportCache;
import org.khet.report.service.ReportComposer;
import org.khet.report.service.ReportService;
import org.khet.report.service.UpstreamData;
import org.khet.report.texts.ReportText;
import org.khet.report.texts.ReportTexts;
import org.khet.report.texts.TextBlock;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Publishing and reading editions (ADR 0019). Publishing composes the report afresh, exactly as the live draft is
 * composed, recording each upstream answer, and freezes the model; reading renders the frozen model, never the data
 * as it is now. An edition never changes, so its rendered bytes are kept (least recently used dropped first).
 */
@ApplicationScoped
public class EditionService {
    private static final int RENDERED_KEPT = 64;

    private record Key(String area, int fiscalYear, int number, ReportFormat format, RenderOptions options, Lang lang) {
    }

    private final ReportComposer composer;
    private final ReportTexts texts;
    private final ReportService reports;
    private final Editions editions;
    private final Map<Key, ReportCache.Rendered> rendered = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, ReportCache.Rendered> eldest) {
            return size() > RENDERED_KEPT;
        }
    };

    public EditionService(ReportComposer composer, ReportTexts texts, ReportService reports, Editions editions) {
        this.composer = composer;
        this.texts = texts;
        this.reports = reports;
        this.editions = editions;
    }

    /** Freezes what the draft is now as the next edition; a 409 when it is the latest edition's content. */
    public Edition publish(String area, FiscalYear fy, String authorization, String actor) {
        UpstreamData data;
        List<UpstreamReads.Read> reads;
        try (UpstreamReads.Recorder recorder = UpstreamReads.open()) {
            data = composer.fetch(area, fy, authorization, recorder);
            reads = recorder.reads();
        }
        Map<TextBlock, ReportText> stored = texts.forReport(area, fy.be());
        // both languages from the very same answers and texts: the English copy is this edition's, not a later one
        byte[] json = FrozenReport.freeze(composer.compose(area, fy, data, stored, Lang.TH));
        byte[] english = FrozenReport.freeze(composer.compose(area, fy, data, stored, Lang.EN));
        return editions.publish(area, fy.be(), json, english, FrozenReport.sha256(json), DataVersions.of(fy, data, reads),
                actor);
    }

    public List<Edition> list(String area, int fiscalYear) {
        return editions.list(area, fiscalYear);
    }

    /** The edition's metadata; a 404 problem when it was not published. */
    public Edition edition(String area, int fiscalYear, int number) {
        return stored(area, fiscalYear, number).edition();
    }

    /** The frozen model of an edition. */
    public Report model(String area, int fiscalYear, int number) {
        return FrozenReport.thaw(stored(area, fiscalYear, number).content());
    }

    /**
     * An edition in a format and language: JSON is the frozen bytes themselves, every other format is rendered from
     * them; a 404 problem for the English copy of an edition published before reports had one.
     */
    public ReportCache.Rendered render(String area, int fiscalYear, int number, ReportFormat format, RenderOptions options,
                                       Lang lang) {
        Key key = new Key(area, fiscalYear, number, format, options, lang);
        synchronized (rendered) {
            ReportCache.Rendered hit = rendered.get(key);
            if (hit != null) {
                return hit;
            }
        }
        Editions.Stored stored = stored(area, fiscalYear, number);
        byte[] content = lang == Lang.TH ? stored.content() : stored.contentEn();
        if (content == null) {
            throw ProblemException.notFound("edition " + number + " of area " + area + "'s report for fiscal year "
                    + fiscalYear + " was published before reports had an English copy; it is read in Thai (lang=th)");
        }
        ReportCache.Rendered r = format == ReportFormat.JSON
                ? new ReportCache.Rendered(content, ETags.of(content), format)
                : reports.render(FrozenReport.thaw(content), format, options);
        synchronized (rendered) {
            rendered.put(key, r);
        }
        return r;
    }

    /** What changed from edition {@code against} to edition {@code number}. */
    public Comparison compare(String area, int fiscalYear, int number, int against) {
        Editions.Stored before = stored(area, fiscalYear, against);
        Editions.Stored after = stored(area, fiscalYear, number);
        Report was = FrozenReport.thaw(before.content());
        Report now = FrozenReport.thaw(after.content());
        EditionDiff.Changes c = EditionDiff.of(was, now);
        return new Comparison(area, fiscalYear, number, against, after.edition().contentSha256(),
                before.edition().contentSha256(), c.tables().size() + c.figures().size() + c.texts().size(),
                was.findings().size(), now.findings().size(), c.tables(), c.figures(), c.texts());
    }

    /** Two editions compared. */
    @Schema(name = "ReportEditionComparison", description = "What changed from one edition of a report to another: "
            + "tables, figures and texts")
    public record Comparison(
            @Schema(description = "the area office's code") String areaCode,
            @Schema(description = "the fiscal year, Buddhist era") int fiscalYear,
            @Schema(description = "the edition compared (after)") int number,
            @Schema(description = "the edition it is compared against (before)") int against,
            @Schema(description = "SHA-256 of the edition's frozen JSON") String contentSha256,
            @Schema(description = "SHA-256 of the other edition's frozen JSON") String againstContentSha256,
            @Schema(description = "how many changes are listed (tables, figures and texts)") int changes,
            @Schema(description = "findings in the edition compared against") int findingsBefore,
            @Schema(description = "findings in the edition") int findingsAfter,
            @Schema(description = "tables only in one of the two") List<EditionDiff.TableChange> tables,
            @Schema(description = "figures changed, added or removed, table by table") List<EditionDiff.FigureChange> figures,
            @Schema(description = "texts changed, added or removed, section by section") List<EditionDiff.TextChange> texts) {
    }

    private Editions.Stored stored(String area, int fiscalYear, int number) {
        return editions.get(area, fiscalYear, number).orElseThrow(() -> ProblemException.notFound("area " + area
                + " has published no edition " + number + " of its report for fiscal year " + fiscalYear));
    }
}
