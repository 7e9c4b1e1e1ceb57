package org.khet.assessment.api;

import jakarta.ws.rs.BeanParam;
import org.khet.kit.feed.FeedRequest;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.assessment.domain.EvaluationResult;
import org.khet.assessment.mapping.EvaluationMapper;
import org.khet.assessment.service.EvaluationsFeed;
import org.khet.assessment.service.SingleRecords;
import org.khet.contracts.AreaCode;
import org.khet.contracts.FeedResult;
import org.khet.contracts.FiscalYear;
import org.khet.kit.feed.FeedPipeline;
import org.khet.kit.paging.PageRequest;
import org.khet.kit.problem.Problem;

import java.util.ArrayList;
import java.util.List;

/** Results of the office's evaluations: loaded by feed or singly, listed. */
@Path("/v1/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "evaluations", description = "Indicator results of QP, AP, the ESAO standards, ITA and KRS")
public class EvaluationsResource {
    static final String CSV_EXAMPLE = """
            areaCode,fiscalYear,framework,indicator,round,state,score,reportedLevel,reportedLabel,targetPercent,achievedPercent,reportedOutcome,reportedGrade,rank,rankOf,reportedChange,note
            5602,2566,QP-2566,1,6m,,1,,,,,,,,,,
            5602,2566,QP-2566,1,12m,,4,,,,,,,,,,
            5602,2566,QP-2566,1,,,2.50,,พอใช้,,,,,,,,
            5602,2566,AP-2566,24,,PENDING,,,,,,,,,,,
            5602,2566,ITA-2566,ITA,,,97.14,,,,,,AA,123,245,-0.11,
            """;
    static final String JSON_EXAMPLE = """
            [{"areaCode":"5602","fiscalYear":2566,"framework":"QP-2566","indicator":"1","round":"6m","score":1},
             {"areaCode":"5602","fiscalYear":2566,"framework":"AP-2566","indicator":"2","targetPercent":80,"achievedPercent":99.64,"reportedOutcome":"บรรลุ"}]""";

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
    @Operation(operationId = "submitEvaluationsFeed", summary = "Load indicator results from a CSV, XLSX or JSON feed",
            description = "Columns areaCode, fiscalYear, framework, indicator (required), round, state, score, "
                    + "reportedLevel, reportedLabel, targetPercent, achievedPercent, reportedOutcome, reportedGrade, rank, "
                    + "rankOf, reportedChange, note. Validated whole: every bad cell is named by row and column and "
                    + "nothing is stored. Results are upserted by area, year, framework, indicator and round.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING), example = CSV_EXAMPLE),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY), example = JSON_EXAMPLE),
            @Content(mediaType = FeedDocs.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = FeedDocs.OK,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedResult.class)))
    @APIResponse(responseCode = "409", description = FeedDocs.CONFLICT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response feed(byte[] body, @BeanParam FeedRequest request) {
        return request.accept(feeds, evaluations, body);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordEvaluation", summary = "Record one indicator result",
            description = "A JSON object with the feed's column names, checked as a feed row is; errors name the field.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT),
            example = "{\"areaCode\":\"5602\",\"fiscalYear\":2566,\"framework\":\"ITA-2566\",\"indicator\":\"ITA\",\"score\":97.14,"
                    + "\"reportedGrade\":\"AA\",\"rank\":123,\"rankOf\":245,\"reportedChange\":-0.11}"))
    @APIResponse(responseCode = "201", description = "The result was new",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedResult.class)))
    @APIResponse(responseCode = "200", description = "The result was changed, or was already stored as sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedResult.class)))
    public Response single(byte[] body) {
        return SingleRecords.answer(single.store(evaluations, body));
    }

    @GET
    @Operation(operationId = "listEvaluations", summary = "Stored indicator results, filtered and paged")
    public org.khet.contracts.read.Page<EvaluationOut> list(
            @Parameter(description = "Only this area's", example = "5602") @QueryParam("areaCode") AreaCode area,
            @Parameter(description = "Only this Buddhist-era fiscal year's", example = "2566") @QueryParam("fiscalYear") FiscalYear year,
            @Parameter(description = "Only this framework's", example = "QP-2566") @QueryParam("framework") String framework,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Rows per page, 1 to 500 (default 50)") @QueryParam("size") String size) {
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
        return new org.khet.contracts.read.Page<>(items, pr.page(), pr.size(), q.count());
    }
}
