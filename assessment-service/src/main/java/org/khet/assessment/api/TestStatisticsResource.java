package org.khet.assessment.api;

import jakarta.ws.rs.BeanParam;
import org.khet.kit.feed.FeedRequest;
import org.khet.kit.etag.Conditional;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.assessment.domain.ReportedComparison;
import org.khet.assessment.domain.TestStatistic;
import org.khet.assessment.mapping.TestMapper;
import org.khet.assessment.service.SingleRecords;
import org.khet.assessment.service.TestComparisonsFeed;
import org.khet.assessment.service.TestStatisticsFeed;
import org.khet.contracts.AcademicYear;
import org.khet.contracts.AreaCode;
import org.khet.contracts.FeedResult;
import org.khet.kit.feed.FeedPipeline;
import org.khet.kit.paging.PageRequest;
import org.khet.kit.params.KhetParamConverters;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Test statistics at the level they are published: loaded by feed or singly, listed, read one by one. */
@Path("/v1/test-statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "test statistics", description = "O-NET / NT / RT statistics of schools, areas, OBEC and the nation")
public class TestStatisticsResource {
    static final String CSV_EXAMPLE = """
            academicYear,test,subject,level,orgCode,meanPercent,takers,standardDeviation,source,reportedDiffObec,reportedDiffNation
            2565,ONET-P6,61,AREA,5602,57.38,1072,,สทศ.,4.58,3.49
            2565,ONET-P6,61,OBEC,,52.80,,,,,
            2565,ONET-P6,61,NATION,,53.89,,,,,
            2565,ONET-P6,61,SCHOOL,1056020024,50.84,65,,,,
            """;
    static final String JSON_EXAMPLE = """
            [{"academicYear":2565,"test":"NT-P3","subject":"MATH","level":"AREA","orgCode":"5602","meanPercent":48.64},
             {"academicYear":2565,"test":"NT-P3","subject":"MATH","level":"OBEC","meanPercent":48.81}]""";
    static final String COMPARISON_CSV_EXAMPLE = """
            areaCode,test,subject,academicYear,meanPercent,previousYear,previousMean,difference,label,source
            5602,ONET-P6,61,2565,57.38,2564,55.53,1.85,ภาษาไทย,ตารางเปรียบเทียบ O-NET ป.6
            5602,ONET-P6,64,2565,36.47,2564,39.04,-2.57,คณิตศาสตร์,ตารางเปรียบเทียบ O-NET ป.6
            """;
    static final String COMPARISON_JSON_EXAMPLE = """
            [{"areaCode":"5602","test":"NT-P3","subject":"MATH","academicYear":2565,"meanPercent":48.64,"previousYear":2564,"previousMean":48.30,"difference":0.61}]""";

    private final FeedPipeline feeds;
    private final TestStatisticsFeed statistics;
    private final TestComparisonsFeed comparisons;
    private final SingleRecords single;

    public TestStatisticsResource(FeedPipeline feeds, TestStatisticsFeed statistics, TestComparisonsFeed comparisons,
                                  SingleRecords single) {
        this.feeds = feeds;
        this.statistics = statistics;
        this.comparisons = comparisons;
        this.single = single;
    }

    @POST
    @Path("/feed")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "submitTestStatisticsFeed", summary = "Load test statistics from a CSV, XLSX or JSON feed",
            description = "Columns academicYear, test, subject, level (SCHOOL, AREA, OBEC, NATION), meanPercent "
                    + "(required), orgCode (the school or area; empty for OBEC and the nation), takers, standardDeviation, "
                    + "source, reportedDiffObec, reportedDiffNation. A school's row must name a registered, open school. "
                    + "Validated whole: every bad cell is named by row and column and nothing is stored.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING), example = CSV_EXAMPLE),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY), example = JSON_EXAMPLE),
            @Content(mediaType = FeedDocs.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = FeedDocs.OK,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedResult.class)))
    @APIResponse(responseCode = "409", description = FeedDocs.CONFLICT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response feed(byte[] body, @BeanParam FeedRequest request) {
        return request.accept(feeds, statistics, body);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordTestStatistic", summary = "Record one test statistic",
            description = "A JSON object with the feed's column names, checked as a feed row is; errors name the field.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.OBJECT),
            example = "{\"academicYear\":2565,\"test\":\"NT-P3\",\"subject\":\"MATH\",\"level\":\"AREA\",\"orgCode\":\"5602\","
                    + "\"meanPercent\":48.64}"))
    @APIResponse(responseCode = "201", description = "The statistic was new",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedResult.class)))
    @APIResponse(responseCode = "200", description = "The statistic was changed, or was already stored as sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedResult.class)))
    public Response single(byte[] body) {
        return SingleRecords.answer(single.store(statistics, body));
    }

    @GET
    @Operation(operationId = "listTestStatistics", summary = "Stored test statistics, filtered and paged")
    public org.khet.contracts.read.Page<StatisticOut> list(
            @Parameter(description = "Only this Buddhist-era academic year's", example = "2565") @QueryParam("academicYear") AcademicYear year,
            @Parameter(description = "Only this test's", example = "ONET-P6") @QueryParam("test") String test,
            @Parameter(description = "Only this level's: SCHOOL, AREA, OBEC or NATION") @QueryParam("level") String level,
            @Parameter(description = "Only this school's or area's rows") @QueryParam("orgCode") String org,
            @Parameter(description = "Only the rows of this area and its schools", example = "5602") @QueryParam("areaCode") AreaCode area,
            @Parameter(description = "Page number, from 0") @QueryParam("page") String page,
            @Parameter(description = "Rows per page, 1 to 500 (default 50)") @QueryParam("size") String size) {
        PageRequest pr = PageRequest.of(page, size);
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (year != null) {
            where.add("academicYear = :year");
            params.and("year", year.be());
        }
        if (test != null) {
            where.add("testCode = :test");
            params.and("test", test);
        }
        if (level != null) {
            where.add("level = :level");
            params.and("level", level.toUpperCase());
        }
        if (org != null) {
            where.add("orgCode = :org");
            params.and("org", org);
        }
        if (area != null) {
            where.add("areaCode = :area");
            params.and("area", area.code());
        }
        Sort sort = Sort.by("academicYear").and("testCode").and("level").and("orgCode").and("subjectCode");
        var q = where.isEmpty() ? TestStatistic.<TestStatistic>findAll(sort)
                : TestStatistic.<TestStatistic>find(String.join(" and ", where), sort, params);
        List<StatisticOut> items = q.page(Page.of(pr.page(), pr.size())).list().stream().map(TestMapper::toDto).toList();
        return new org.khet.contracts.read.Page<>(items, pr.page(), pr.size(), q.count());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTestStatistic", summary = "One stored test statistic, with its version as ETag",
            description = "If-None-Match with the current ETag answers 304.")
    @APIResponse(responseCode = "200", description = "The statistic",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatisticOut.class)))
    @APIResponse(responseCode = "304", description = "The client's copy (If-None-Match) is current")
    @APIResponse(responseCode = "412", description = "If-Match does not hold the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response get(@Parameter(description = "The statistic's id (a UUID)") @PathParam("id") String id,
                        @Context Request request) {
        TestStatistic s = null;
        try {
            s = TestStatistic.findById(UUID.fromString(id));
        } catch (IllegalArgumentException ignored) {
            // not a UUID: not found below
        }
        if (s == null) {
            throw ProblemException.notFound("test statistic '" + id + "' does not exist");
        }
        return Conditional.read(request, s.version, TestMapper.toDto(s));
    }

    @POST
    @Path("/comparisons/feed")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "submitTestComparisonsFeed", summary = "Load year-over-year tables as a report printed them",
            description = "Columns areaCode, test, subject, academicYear, previousYear (required), meanPercent, "
                    + "previousMean, difference, label, source: each printed row with the subject it is labelled with, "
                    + "to be checked against Khet's own comparison (never used to compute).")
    @RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING), example = COMPARISON_CSV_EXAMPLE),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY), example = COMPARISON_JSON_EXAMPLE),
            @Content(mediaType = FeedDocs.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = FeedDocs.OK,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedResult.class)))
    @APIResponse(responseCode = "409", description = FeedDocs.CONFLICT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response comparisonFeed(byte[] body, @BeanParam FeedRequest request) {
        return request.accept(feeds, comparisons, body);
    }

    @GET
    @Path("/comparisons")
    @Operation(operationId = "listTestComparisons", summary = "Year-over-year rows of an area as printed")
    public List<ReportedComparisonOut> listComparisons(
            @Parameter(description = "The area (required)", example = "5602") @QueryParam("areaCode") AreaCode areaCode,
            @Parameter(description = "Only this Buddhist-era academic year's", example = "2565") @QueryParam("academicYear") AcademicYear year) {
        String area = KhetParamConverters.require("areaCode", areaCode, "5602").code();
        List<ReportedComparison> rows = year == null
                ? ReportedComparison.list("areaCode = ?1 order by academicYear, testCode, subjectCode", area)
                : ReportedComparison.list("areaCode = ?1 and academicYear = ?2 order by testCode, subjectCode", area, year.be());
        return rows.stream().map(c -> new ReportedComparisonOut(c.areaCode, c.testCode, c.subjectCode, c.labelTh,
                c.academicYear, c.meanPercent, c.previousYear, c.previousMean, c.difference, c.source)).toList();
    }

    /** A year-over-year row as printed. */
    public record ReportedComparisonOut(String areaCode, String test, String subject, String label, int academicYear,
                                        BigDecimal meanPercent, int previousYear, BigDecimal previousMean,
                                        BigDecimal difference, String source) {
    }
}
