package org.khet.project.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.kit.feed.FeedPipeline;
import org.khet.kit.feed.FeedResponses;
import org.khet.kit.paging.Page;
import org.khet.kit.paging.PageRequest;
import org.khet.project.api.ProjectDtos.ProjectInput;
import org.khet.contracts.read.project.ProjectView;
import org.khet.project.api.ProjectDtos.ReportedListFigures;
import org.khet.contracts.read.project.ProjectSummary;
import org.khet.project.service.Areas;
import org.khet.project.service.ProjectResultsFeed;
import org.khet.project.service.ProjectsFeed;
import org.khet.project.service.ProjectService;
import org.khet.project.service.ProjectSummaryService;

import java.net.URI;
import java.util.List;

/** An area's projects: create, list, bulk feeds, the reported list figures and the report's summary. */
@Path("/v1/areas/{areaCode}/projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "projects", description = "Projects of an area's fiscal year with budgets, spend and results")
public class AreaProjectsResource {
    private final ProjectService service;
    private final ProjectSummaryService summaries;
    private final FeedPipeline feeds;
    private final ProjectsFeed projectsFeed;
    private final ProjectResultsFeed resultsFeed;
    private final Areas areas;

    public AreaProjectsResource(ProjectService service, ProjectSummaryService summaries, FeedPipeline feeds,
                                ProjectsFeed projectsFeed, ProjectResultsFeed resultsFeed, Areas areas) {
        this.service = service;
        this.summaries = summaries;
        this.feeds = feeds;
        this.projectsFeed = projectsFeed;
        this.resultsFeed = resultsFeed;
        this.areas = areas;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a project (201 with its ETag and Location)")
    public Response create(@PathParam("areaCode") String areaCode, ProjectInput in) {
        ProjectView v = service.create(areaCode, in);
        return Response.created(URI.create("/v1/projects/" + v.id())).tag(Long.toString(v.version())).entity(v).build();
    }

    @GET
    @Operation(summary = "The area's projects, filtered by fiscal year, plan kind and strategy, paged")
    public Page<ProjectView> list(@PathParam("areaCode") String areaCode, @QueryParam("fiscalYear") String fiscalYear,
                                  @QueryParam("planKind") String planKind, @QueryParam("strategy") String strategy,
                                  @QueryParam("page") String page, @QueryParam("size") String size) {
        return service.list(areaCode, Params.fiscalYear(fiscalYear, false), planKind,
                Params.integer("strategy", strategy, false), PageRequest.of(page, size));
    }

    @GET
    @Path("/summary")
    @Operation(summary = "The report's project tables: both lists, counts and achieved %, money per strategy and "
            + "funding source, problems and suggestions, and data-quality findings")
    public ProjectSummary summary(@PathParam("areaCode") String areaCode, @QueryParam("fiscalYear") String fiscalYear) {
        return summaries.summary(areaCode, Params.fiscalYear(fiscalYear, true));
    }

    @GET
    @Path("/owners")
    @Operation(summary = "The responsible officers of the year's projects, in Thai order, with how many projects "
            + "and how much budget each answers for")
    public List<ProjectDtos.OwnerLoad> owners(@PathParam("areaCode") String areaCode,
                                              @QueryParam("fiscalYear") String fiscalYear) {
        return summaries.owners(areaCode, Params.fiscalYear(fiscalYear, true));
    }

    @POST
    @Path("/feed")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Load projects from CSV, XLSX or JSON (columns fiscalYear, planKind, number, title, budget, "
            + "owners; optional ownerStaffIds, fundingSource, strategy, actualSpend, reportedBudget, reportedRemaining, "
            + "status, achieved, budgetCategory). Upserts by (fiscal year, plan kind, number); an absent or empty status "
            + "or achieved keeps the stored one, an absent budgetCategory column keeps the stored category; a re-sent "
            + "feed changes nothing.")
    public Response feed(@PathParam("areaCode") String areaCode, @QueryParam("format") String format,
                         @HeaderParam("Content-Type") String contentType,
                         @HeaderParam("Idempotency-Key") String idempotencyKey, @HeaderParam("Prefer") String prefer,
                         byte[] body) {
        areas.requireArea(areaCode);
        return FeedResponses.accept(feeds, projectsFeed.of(areaCode), body, format, contentType, idempotencyKey, prefer);
    }

    @POST
    @Path("/results/feed")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Load project results from CSV, XLSX or JSON (columns fiscalYear, planKind, number, kind "
            + "[QUANTITATIVE, QUALITATIVE, PROBLEM, SUGGESTION], text; optional value, unit, target). The results of "
            + "each project named are replaced by its rows.")
    public Response resultsFeed(@PathParam("areaCode") String areaCode, @QueryParam("format") String format,
                                @HeaderParam("Content-Type") String contentType,
                                @HeaderParam("Idempotency-Key") String idempotencyKey,
                                @HeaderParam("Prefer") String prefer, byte[] body) {
        areas.requireArea(areaCode);
        return FeedResponses.accept(feeds, resultsFeed.of(areaCode), body, format, contentType, idempotencyKey, prefer);
    }

    @GET
    @Path("/reported-figures")
    @Operation(summary = "The figures printed above each project list, as reported")
    public List<ReportedListFigures> reported(@PathParam("areaCode") String areaCode,
                                              @QueryParam("fiscalYear") String fiscalYear) {
        return summaries.reported(areaCode, Params.fiscalYear(fiscalYear, true));
    }

    @PUT
    @Path("/reported-figures")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store the figures printed above each project list (count, carried out, achieved %) so the "
            + "summary can compare them with what Khet computes")
    public List<ReportedListFigures> putReported(@PathParam("areaCode") String areaCode,
                                                 @QueryParam("fiscalYear") String fiscalYear,
                                                 List<ReportedListFigures> in) {
        return summaries.putReported(areaCode, Params.fiscalYear(fiscalYear, true), in);
    }
}
