package org.khet.assessment.api;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.assessment.domain.EvaluationResult;
import org.khet.assessment.mapping.EvaluationMapper;
import org.khet.assessment.service.EvaluationsFeed;
import org.khet.assessment.service.SingleRecords;
import org.khet.contracts.AreaCode;
import org.khet.contracts.FiscalYear;
import org.khet.kit.feed.FeedPipeline;
import org.khet.kit.feed.FeedResponses;
import org.khet.kit.paging.PageRequest;

import java.util.ArrayList;
import java.util.List;

/** Results of the office's evaluations: loaded by feed or singly, listed. */
@Path("/v1/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "evaluations", description = "Indicator results of QP, AP, the ESAO standards, ITA and KRS")
public class EvaluationsResource {
    private final FeedPipeline feeds;
    private final EvaluationsFeed evaluations;
    private final SingleRecords single;

    public EvaluationsResource(FeedPipeline feeds, EvaluationsFeed evaluations, SingleRecords single) {
        this.feeds = feeds;
        this.evaluations = evaluations;
        this.single = single;
    }

    @POST
    @Path("/feed")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Load indicator results from a CSV, XLSX or JSON feed (areaCode, fiscalYear, framework, indicator, "
            + "round, state, score, reportedLevel, reportedLabel, targetPercent, achievedPercent, reportedOutcome, "
            + "reportedGrade, rank, rankOf, reportedChange, note)")
    public Response feed(byte[] body, @QueryParam("format") String format, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                         @HeaderParam("Idempotency-Key") String key, @HeaderParam("Prefer") String prefer) {
        return FeedResponses.accept(feeds, evaluations, body, format, contentType, key, prefer);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record one indicator result (a JSON object with the feed's column names)")
    public Response single(byte[] body) {
        return SingleRecords.answer(single.store(evaluations, body));
    }

    @GET
    @Operation(summary = "Stored indicator results, filtered and paged")
    public org.khet.kit.paging.Page<EvaluationOut> list(@QueryParam("areaCode") AreaCode area, @QueryParam("fiscalYear") FiscalYear year,
                                                        @QueryParam("framework") String framework,
                                                        @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest pr = PageRequest.of(page, size);
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (year != null) {
            where.add("fiscalYear = :year");
            params.and("year", year.be());
        }
        if (area != null) {
            where.add("areaCode = :area");
            params.and("area", area.code());
        }
        if (framework != null) {
            where.add("frameworkCode = :fw");
            params.and("fw", framework);
        }
        Sort sort = Sort.by("areaCode").and("fiscalYear").and("frameworkCode").and("indicatorCode").and("round");
        var q = where.isEmpty() ? EvaluationResult.<EvaluationResult>findAll(sort)
                : EvaluationResult.<EvaluationResult>find(String.join(" and ", where), sort, params);
        List<EvaluationOut> items = q.page(Page.of(pr.page(), pr.size())).list().stream().map(EvaluationMapper::toDto).toList();
        return new org.khet.kit.paging.Page<>(items, pr.page(), pr.size(), q.count());
    }
}
