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
import org.khet.contracts.AreaCode;
import org.khet.contracts.FiscalYear;
import org.khet.kit.etag.ETags;
import org.khet.kit.feed.FeedPipeline;
import org.khet.kit.org.OrgDirectory;
import org.khet.kit.params.KhetParamConverters;
import org.khet.kit.org.OrgDirectory;
import org.khet.kit.feed.FeedResponses;
import org.khet.kit.paging.Page;
import org.khet.kit.paging.PageRequest;
import org.khet.project.api.ProjectDtos.ProjectInput;
import org.khet.contracts.read.project.ProjectView;
import org.khet.project.api.ProjectDtos.ReportedListFigures;
import org.khet.contracts.read.project.ProjectSummary;
import org.khet.project.service.ProjectResultsFeed;
import org.khet.project.service.ProjectsFeed;
import org.khet.project.service.ProjectService;
import org.khet.project.service.ProjectSummaryService;

import java.net.URI;
import java.util.List;

/** An area's projects: create, list, bulk feeds, the reported list figures and the report's summary. */
@Path("/v1/areas/{code}/projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "projects", description = "Projects of an area's fiscal year with budgets, spend and results")
public class AreaProjectsResource {
    private final ProjectService service;
    private final ProjectSummaryService summaries;
    private final FeedPipeline feeds;
    private final ProjectsFeed projectsFeed;
    private final ProjectResultsFeed resultsFeed;
    private final OrgDirectory directory;

    public AreaProjectsResource(ProjectService service, ProjectSummaryService summaries, FeedPipeline feeds,
                                ProjectsFeed projectsFeed, ProjectResultsFeed resultsFeed, OrgDirectory directory) {
        this.service = service;
        this.summaries = summaries;
        this.feeds = feeds;
        this.projectsFeed = projectsFeed;
        this.resultsFeed = resultsFeed;
        this.directory = directory;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a project (201 with its ETag and Location)")
    public Response create(@PathParam("code") AreaCode code, ProjectInput in) {
        ProjectView v = service.create(code.code(), in);
        return Response.created(URI.create("/v1/projects/" + v.id())).tag(ETags.of(v.version())).entity(v).build();
    }

    @GET
    @Operation(summary = "The area's projects, filtered by fiscal year, plan kind and strategy, paged")
    public Page<ProjectView> list(@PathParam("code") AreaCode code, @QueryParam("fiscalYear") FiscalYear fiscalYear,
                                  @QueryParam("planKind") String planKind, @QueryParam("strategy") String strategy,
                                  @QueryParam("page") String page, @QueryParam("size") String size) {
        return service.list(code.code(), fiscalYear == null ? null : fiscalYear.be(), planKind, strategy,
                PageRequest.of(page, size));
    }

    @GET
    @Path("/summary")
    @Operation(summary = "The report's project tables: both lists, counts and achieved %, money per strategy and "
            + "funding source, problems and suggestions, and data-quality findings")
    public ProjectSummary summary(@PathParam("code") AreaCode code, @QueryParam("fiscalYear") FiscalYear fiscalYear) {
        return summaries.summary(code.code(), year(fiscalYear));
    }

    @GET
    @Path("/owners")
    @Operation(summary = "The responsible officers of the year's projects, in Thai order, with how many projects "
            + "and how much budget each answers for")
    public List<ProjectDtos.OwnerLoad> owners(@PathParam("code") AreaCode code,
                                              @QueryParam("fiscalYear") FiscalYear fiscalYear) {
        return summaries.owners(code.code(), year(fiscalYear));
    }

    @POST
    @Path("/feed")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Load projects from CSV, XLSX or JSON (columns fiscalYear, planKind, number, title, budget, "
            + "owners; optional ownerStaffIds, fundingSource, strategy, actualSpend, reportedBudget, reportedRemaining, "
            + "status, achieved, budgetCategory). Upserts by (fiscal year, plan kind, number); an absent or empty status "
            + "or achieved keeps the stored one, an absent budgetCategory column keeps the stored category; a re-sent "
            + "feed changes nothing.")
    public Response feed(@PathParam("code") AreaCode code, @QueryParam("format") String format,
                         @HeaderParam("Content-Type") String contentType,
                         @HeaderParam("Idempotency-Key") String idempotencyKey, @HeaderParam("Prefer") String prefer,
                         byte[] body) {
        directory.requireArea(code.code());
        return FeedResponses.accept(feeds, projectsFeed.of(code.code()), body, format, contentType, idempotencyKey, prefer);
    }

    @POST
    @Path("/results/feed")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Load project results from CSV, XLSX or JSON (columns fiscalYear, planKind, number, kind "
            + "[QUANTITATIVE, QUALITATIVE, PROBLEM, SUGGESTION], text; optional value, unit, target). The results of "
            + "each project named are replaced by its rows.")
    public Response resultsFeed(@PathParam("code") AreaCode code, @QueryParam("format") String format,
                                @HeaderParam("Content-Type") String contentType,
                                @HeaderParam("Idempotency-Key") String idempotencyKey,
                                @HeaderParam("Prefer") String prefer, byte[] body) {
        directory.requireArea(code.code());
        return FeedResponses.accept(feeds, resultsFeed.of(code.code()), body, format, contentType, idempotencyKey, prefer);
    }

    @GET
    @Path("/reported-figures")
    @Operation(summary = "The figures printed above each project list, as reported")
    public List<ReportedListFigures> reported(@PathParam("code") AreaCode code,
                                              @QueryParam("fiscalYear") FiscalYear fiscalYear) {
        return summaries.reported(code.code(), year(fiscalYear));
    }

    @PUT
    @Path("/reported-figures")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store the figures printed above each project list (count, carried out, achieved %) so the "
            + "summary can compare them with what Khet computes")
    public List<ReportedListFigures> putReported(@PathParam("code") AreaCode code,
                                                 @QueryParam("fiscalYear") FiscalYear fiscalYear,
                                                 List<ReportedListFigures> in) {
        return summaries.putReported(code.code(), year(fiscalYear), in);
    }

    /** The required fiscal year of a query. */
    private static int year(FiscalYear fiscalYear) {
        return KhetParamConverters.require("fiscalYear", fiscalYear, "2566").be();
    }
}
