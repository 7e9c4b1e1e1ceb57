package org.khet.assessment.api;

import org.khet.kit.etag.Conditional;
import io.quarkus.panache.common.Sort;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.assessment.api.Definitions.FrameworkIn;
import org.khet.assessment.api.Definitions.FrameworkOut;
import org.khet.assessment.api.Definitions.RubricIn;
import org.khet.assessment.api.Definitions.RubricOut;
import org.khet.assessment.api.Definitions.TestIn;
import org.khet.assessment.api.Definitions.TestOut;
import org.khet.assessment.domain.Framework;
import org.khet.assessment.domain.Rubric;
import org.khet.assessment.domain.TestDefinition;
import org.khet.assessment.mapping.FrameworkMapper;
import org.khet.assessment.mapping.RubricMapper;
import org.khet.assessment.mapping.TestMapper;
import org.khet.assessment.service.DefinitionService;
import org.khet.kit.etag.ETags;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;

import java.util.List;

/**
 * The reference data: the test catalogue, rubrics and evaluation frameworks. Each is versioned: a read carries the
 * version as ETag (If-None-Match → 304), a change may name the version it read (If-Match → 412 when it moved on).
 */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "definitions", description = "Test catalogue, rubrics and evaluation frameworks as data")
public class DefinitionsResource {
    static final String NOT_MODIFIED = "The client's copy (If-None-Match) is current";
    static final String PRECONDITION = "If-Match (or If-None-Match) does not hold for the current version; nothing changed";

    private final DefinitionService service;

    public DefinitionsResource(DefinitionService service) {
        this.service = service;
    }

    @GET
    @Path("/test-catalogue")
    @Operation(operationId = "listCatalogueTests", summary = "The tests of the catalogue and their subjects")
    public List<TestOut> tests() {
        return TestDefinition.<TestDefinition>listAll(Sort.by("code")).stream().map(TestMapper::toDto).toList();
    }

    @GET
    @Path("/test-catalogue/{code}")
    @Operation(operationId = "getCatalogueTest", summary = "One test of the catalogue, with its version as ETag")
    @APIResponse(responseCode = "200", description = "The test and its subjects",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TestOut.class)))
    @APIResponse(responseCode = "304", description = NOT_MODIFIED)
    @APIResponse(responseCode = "412", description = PRECONDITION,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response test(@PathParam("code") String code, @Context Request request) {
        TestDefinition t = TestDefinition.findById(code);
        if (t == null) {
            throw ProblemException.notFound("test '" + code + "' is not in the catalogue");
        }
        return Conditional.read(request, t.version, TestMapper.toDto(t));
    }

    @PUT
    @Path("/test-catalogue/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putCatalogueTest", summary = "Define or change a test and its subjects",
            description = "Needs write access to OBEC. If-Match is honoured; a subject that has statistics cannot be removed.")
    @APIResponse(responseCode = "201", description = "The test was defined",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TestOut.class)))
    @APIResponse(responseCode = "200", description = "The test was changed, or was already defined as sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TestOut.class)))
    @APIResponse(responseCode = "409", description = "A subject to be removed has statistics",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "412", description = PRECONDITION,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response putTest(@PathParam("code") String code, @Context Request request, @Valid @NotNull TestIn in) {
        boolean created = service.putTest(code, in, Conditional.change(request));
        TestDefinition t = TestDefinition.findById(code);
        return Response.status(created ? 201 : 200).entity(TestMapper.toDto(t)).tag(ETags.of(t.version)).build();
    }

    @GET
    @Path("/rubrics")
    @Operation(operationId = "listRubrics", summary = "The rubrics: score bands → level and Thai label, or → grade")
    public List<RubricOut> rubrics() {
        return Rubric.<Rubric>listAll(Sort.by("code")).stream().map(RubricMapper::toDto).toList();
    }

    @GET
    @Path("/rubrics/{code}")
    @Operation(operationId = "getRubric", summary = "One rubric, with its version as ETag")
    @APIResponse(responseCode = "200", description = "The rubric and its bands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RubricOut.class)))
    @APIResponse(responseCode = "304", description = NOT_MODIFIED)
    @APIResponse(responseCode = "412", description = PRECONDITION,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response rubric(@PathParam("code") String code, @Context Request request) {
        Rubric r = Rubric.findById(code);
        if (r == null) {
            throw ProblemException.notFound("rubric '" + code + "' does not exist");
        }
        return Conditional.read(request, r.version, RubricMapper.toDto(r));
    }

    @PUT
    @Path("/rubrics/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putRubric", summary = "Define or change a rubric",
            description = "Needs write access to OBEC. If-Match is honoured.")
    @APIResponse(responseCode = "201", description = "The rubric was defined",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RubricOut.class)))
    @APIResponse(responseCode = "200", description = "The rubric was changed, or was already defined as sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RubricOut.class)))
    @APIResponse(responseCode = "412", description = PRECONDITION,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response putRubric(@PathParam("code") String code, @Context Request request, @Valid @NotNull RubricIn in) {
        boolean created = service.putRubric(code, in, Conditional.change(request));
        Rubric r = Rubric.findById(code);
        return Response.status(created ? 201 : 200).entity(RubricMapper.toDto(r)).tag(ETags.of(r.version)).build();
    }

    @GET
    @Path("/frameworks")
    @Operation(operationId = "listFrameworks", summary = "The evaluation frameworks and their indicators")
    public List<FrameworkOut> frameworks() {
        return Framework.<Framework>listAll(Sort.by("code")).stream().map(FrameworkMapper::toDto).toList();
    }

    @GET
    @Path("/frameworks/{code}")
    @Operation(operationId = "getFramework", summary = "One evaluation framework, with its version as ETag")
    @APIResponse(responseCode = "200", description = "The framework and its indicators",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FrameworkOut.class)))
    @APIResponse(responseCode = "304", description = NOT_MODIFIED)
    @APIResponse(responseCode = "412", description = PRECONDITION,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response framework(@PathParam("code") String code, @Context Request request) {
        Framework f = Framework.findById(code);
        if (f == null) {
            throw ProblemException.notFound("framework '" + code + "' does not exist");
        }
        return Conditional.read(request, f.version, FrameworkMapper.toDto(f));
    }

    @PUT
    @Path("/frameworks/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putFramework", summary = "Define or change an evaluation framework and its indicators",
            description = "Needs write access to OBEC. If-Match is honoured; an indicator that has results cannot be removed.")
    @APIResponse(responseCode = "201", description = "The framework was defined",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FrameworkOut.class)))
    @APIResponse(responseCode = "200", description = "The framework was changed, or was already defined as sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FrameworkOut.class)))
    @APIResponse(responseCode = "409", description = "An indicator to be removed has results",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "412", description = PRECONDITION,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response putFramework(@PathParam("code") String code, @Context Request request, @Valid @NotNull FrameworkIn in) {
        boolean created = service.putFramework(code, in, Conditional.change(request));
        Framework f = Framework.findById(code);
        return Response.status(created ? 201 : 200).entity(FrameworkMapper.toDto(f)).tag(ETags.of(f.version)).build();
    }
}
