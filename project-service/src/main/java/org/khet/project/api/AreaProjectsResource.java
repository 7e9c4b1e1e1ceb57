package org.khet.project.api;

import jakarta.ws.rs.BeanParam;
import org.khet.kit.feed.FeedRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.contracts.AreaCode;
import org.khet.contracts.FeedResult;
import org.khet.contracts.FiscalYear;
import org.khet.contracts.read.project.ProjectSummary;
import org.khet.contracts.read.project.ProjectView;
import org.khet.kit.etag.CachedReads;
import org.khet.kit.etag.ETags;
import org.khet.kit.security.AccessControl;
import org.khet.kit.feed.FeedPipeline;
import org.khet.kit.org.OrgDirectory;
import org.khet.contracts.read.Page;
import org.khet.kit.problem.Problem;
import org.khet.kit.paging.PageRequest;
import org.khet.kit.params.KhetParamConverters;
import org.khet.project.api.ProjectDtos.OwnerLoad;
import org.khet.project.api.ProjectDtos.ProjectInput;
import org.khet.project.api.ProjectDtos.ReportedListFigures;
import org.khet.project.service.ProjectResultsFeed;
import org.khet.project.service.ProjectService;
import org.khet.project.service.ProjectSummaryService;
import org.khet.project.service.ProjectsFeed;

import java.net.URI;
import java.util.List;

/** An area's projects: create, list, bulk feeds, the reported list figures and the report's summary. */
@Path("/v1/areas/{code}/projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "projects", description = ApiDocs.PROJECTS_TAG)
public class AreaProjectsResource {
    private final ProjectService service;
    private final ProjectSummaryService summaries;
    private final FeedPipeline feeds;
    private final ProjectsFeed projectsFeed;
    private final ProjectResultsFeed resultsFeed;
    private final OrgDirectory directory;
    private final AccessControl access;
    private final CachedReads cached;

    public AreaProjectsResource(ProjectService service, ProjectSummaryService summaries, FeedPipeline feeds,
                                ProjectsFeed projectsFeed, ProjectResultsFeed resultsFeed, OrgDirectory directory,
                                AccessControl access, CachedReads cached) {
        this.access = access;
        this.cached = cached;
        this.service = service;
        this.summaries = summaries;
        this.feeds = feeds;
        this.projectsFeed = projectsFeed;
        this.resultsFeed = resultsFeed;
        this.directory = directory;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAreaProject", summary = "Register a project",
            description = "Answers 201 with the project, its ETag and its Location; publishes project.ProjectCreated.v1.")
    @APIResponse(responseCode = "201", description = "The project as stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "409", description = "The area already has a project of that plan kind and number in "
            + "that fiscal year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response create(@PathParam("code") AreaCode code, ProjectInput in) {
        ProjectView v = service.create(code.code(), in);
        return Response.created(URI.create("/v1/projects/" + v.id())).tag(ETags.of(v.version())).entity(v).build();
    }

    @GET
    @Operation(operationId = "listAreaProjects", summary = "List the area's projects",
            description = "Filtered by fiscal year, plan kind and strategy; paged (page from 0, size up to 500), by "
                    + "fiscal year, plan kind and number.")
    public Page<ProjectView> list(@PathParam("code") AreaCode code, @QueryParam("fiscalYear") FiscalYear fiscalYear,
                                  @QueryParam("planKind") String planKind, @QueryParam("strategy") String strategy,
                                  @QueryParam("page") String page, @QueryParam("size") String size) {
        return service.list(code.code(), fiscalYear == null ? null : fiscalYear.be(), planKind, strategy,
                PageRequest.of(page, size));
    }

    @GET
    @Path("/summary")
    @Operation(operationId = "getAreaProjectsSummary", summary = "Get the report's project tables of a fiscal year",
            description = "Both lists with their counts and achieved %, money per strategy and funding source, "
                    + "problems and suggestions, the owners checked against the office staff register, and the "
                    + "data-quality findings (project.*). Strong ETag; If-None-Match answers 304.")
    @APIResponse(responseCode = "200", description = "The summary, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectSummary.class)))
    @APIResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED)
    public Response summary(@PathParam("code") AreaCode code, @QueryParam("fiscalYear") FiscalYear fiscalYear,
                            @Context Request request) {
        int year = year(fiscalYear);
        access.requireRead();
        // kept until this service's next commit (ADR 0035, ADR 0047): computed from the projects, the plan, the
        // reported figures and the staff replica, read by every area's report
        return cached.read(request, new SummaryKey(code.code(), year), () -> summaries.summary(code.code(), year));
    }

    /** What an area's project summary depends on: nothing of the caller's (any authenticated client reads it). */
    private record SummaryKey(String area, int fiscalYear) {
    }

    @GET
    @Path("/owners")
    @Operation(operationId = "listAreaProjectOwners", summary = "List the responsible officers of the year's projects",
            description = "In Thai alphabetical order, with how many projects and how much budget each answers for.")
    public List<OwnerLoad> owners(@PathParam("code") AreaCode code, @QueryParam("fiscalYear") FiscalYear fiscalYear) {
        return summaries.owners(code.code(), year(fiscalYear));
    }

    @POST
    @Path("/feed")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "submitProjectsFeed", summary = "Load the area's projects from CSV, XLSX or JSON",
            description = "Columns fiscalYear, planKind, number, title, budget, owners; optional ownerStaffIds, "
                    + "fundingSource, strategy, actualSpend, reportedBudget, reportedRemaining, status, achieved, "
                    + "budgetCategory. Upserts by (fiscal year, plan kind, number); an absent or empty status or achieved "
                    + "keeps the stored one, an absent budgetCategory column keeps the stored category; projects sent "
                    + "again with the stored values are unchanged and publish nothing.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING), example = ApiDocs.PROJECTS_CSV),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY),
                    example = ApiDocs.PROJECTS_JSON),
            @Content(mediaType = ApiDocs.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = ApiDocs.FEED_STORED,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedResult.class)))
    public Response feed(@PathParam("code") AreaCode code, @BeanParam FeedRequest request, byte[] body) {
        directory.requireArea(code.code());
        return request.accept(feeds, projectsFeed.of(code.code()), body);
    }

    @POST
    @Path("/results/feed")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "submitProjectResultsFeed", summary = "Load the results of the area's projects from CSV, XLSX or JSON",
            description = "Columns fiscalYear, planKind, number, kind (QUANTITATIVE, QUALITATIVE, PROBLEM, SUGGESTION), "
                    + "text; optional value, unit, target. The results of each project named become its rows, in row "
                    + "order; projects not named keep theirs.")
    @RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING), example = ApiDocs.RESULTS_CSV),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY),
                    example = ApiDocs.RESULTS_JSON),
            @Content(mediaType = ApiDocs.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = ApiDocs.FEED_STORED,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedResult.class)))
    public Response resultsFeed(@PathParam("code") AreaCode code, @BeanParam FeedRequest request, byte[] body) {
        directory.requireArea(code.code());
        return request.accept(feeds, resultsFeed.of(code.code()), body);
    }

    @GET
    @Path("/reported-figures")
    @Operation(operationId = "getReportedProjectListFigures", summary = "Get the figures printed above each project list",
            description = "As reported (count, carried out, achieved %), for the summary to compare with what Khet counts.")
    public List<ReportedListFigures> reported(@PathParam("code") AreaCode code,
                                              @QueryParam("fiscalYear") FiscalYear fiscalYear) {
        return summaries.reported(code.code(), year(fiscalYear));
    }

    @PUT
    @Path("/reported-figures")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putReportedProjectListFigures", summary = "Store the figures printed above each project list",
            description = "Count, carried out and achieved % as the report printed them, replacing those of the same "
                    + "list; figures sent again unchanged publish nothing.")
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
