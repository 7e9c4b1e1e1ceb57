package org.khet.assessment.api;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.assessment.domain.ReportedComparison;
import org.khet.assessment.domain.TestStatistic;
import org.khet.assessment.mapping.TestMapper;
import org.khet.assessment.service.SingleRecords;
import org.khet.assessment.service.TestComparisonsFeed;
import org.khet.assessment.service.TestStatisticsFeed;
import org.khet.contracts.AcademicYear;
import org.khet.contracts.AreaCode;
import org.khet.kit.feed.FeedPipeline;
import org.khet.kit.feed.FeedResponses;
import org.khet.kit.paging.PageRequest;
import org.khet.kit.params.KhetParamConverters;
import org.khet.kit.problem.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Test statistics at the level they are published: loaded by feed or singly, listed, read one by one. */
@Path("/v1/test-statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "test statistics", description = "O-NET / NT / RT statistics of schools, areas, OBEC and the nation")
public class TestStatisticsResource {
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
    @Operation(summary = "Load statistics from a CSV, XLSX or JSON feed (columns academicYear, test, subject, level, "
            + "orgCode, meanPercent, takers, standardDeviation, source, reportedDiffObec, reportedDiffNation)")
    public Response feed(byte[] body, @QueryParam("format") String format, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                         @HeaderParam("Idempotency-Key") String key, @HeaderParam("Prefer") String prefer) {
        return FeedResponses.accept(feeds, statistics, body, format, contentType, key, prefer);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record one statistic (a JSON object with the feed's column names)")
    public Response single(byte[] body) {
        return SingleRecords.answer(single.store(statistics, body));
    }

    @GET
    @Operation(summary = "Stored statistics, filtered and paged")
    public org.khet.kit.paging.Page<StatisticOut> list(@QueryParam("academicYear") AcademicYear year, @QueryParam("test") String test,
                                                       @QueryParam("level") String level, @QueryParam("orgCode") String org,
                                                       @QueryParam("areaCode") AreaCode area,
                                                       @QueryParam("page") String page, @QueryParam("size") String size) {
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
        var q = where.isEmpty() ? TestStatistic.<TestStatistic>findAll(Sort.by("academicYear").and("testCode").and("level").and("orgCode").and("subjectCode"))
                : TestStatistic.<TestStatistic>find(String.join(" and ", where), Sort.by("academicYear").and("testCode").and("level")
                .and("orgCode").and("subjectCode"), params);
        List<StatisticOut> items = q.page(Page.of(pr.page(), pr.size())).list().stream().map(TestMapper::toDto).toList();
        return new org.khet.kit.paging.Page<>(items, pr.page(), pr.size(), q.count());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One stored statistic, with its ETag")
    public Response get(@PathParam("id") String id, @Context Request request) {
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
    @Operation(summary = "Load year-over-year tables as a report printed them (areaCode, test, subject, academicYear, "
            + "meanPercent, previousYear, previousMean, difference, label, source), to be checked against Khet's own")
    public Response comparisonFeed(byte[] body, @QueryParam("format") String format,
                                   @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                   @HeaderParam("Idempotency-Key") String key, @HeaderParam("Prefer") String prefer) {
        return FeedResponses.accept(feeds, comparisons, body, format, contentType, key, prefer);
    }

    @GET
    @Path("/comparisons")
    @Operation(summary = "Year-over-year rows as printed, of an area")
    public List<ReportedComparisonOut> listComparisons(@QueryParam("areaCode") AreaCode areaCode,
                                                       @QueryParam("academicYear") AcademicYear year) {
        String area = KhetParamConverters.require("areaCode", areaCode, "5602").code();
        List<ReportedComparison> rows = year == null
                ? ReportedComparison.list("areaCode = ?1 order by academicYear, testCode, subjectCode", area)
                : ReportedComparison.list("areaCode = ?1 and academicYear = ?2 order by testCode, subjectCode", area, year.be());
        return rows.stream().map(c -> new ReportedComparisonOut(c.areaCode, c.testCode, c.subjectCode, c.labelTh,
                c.academicYear, c.meanPercent, c.previousYear, c.previousMean, c.difference, c.source)).toList();
    }

    public record ReportedComparisonOut(String areaCode, String test, String subject, String label, int academicYear,
                                        java.math.BigDecimal meanPercent, int previousYear, java.math.BigDecimal previousMean,
                                        java.math.BigDecimal difference, String source) {
    }
}
