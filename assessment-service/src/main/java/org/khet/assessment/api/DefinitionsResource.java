package org.khet.assessment.api;

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
import org.khet.kit.problem.ProblemException;

import java.util.List;

/** The reference data: the test catalogue, rubrics and evaluation frameworks. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "definitions", description = "Test catalogue, rubrics and evaluation frameworks as data")
public class DefinitionsResource {
    private final DefinitionService service;

    public DefinitionsResource(DefinitionService service) {
        this.service = service;
    }

    @GET
    @Path("/test-catalogue")
    @Operation(summary = "The tests and their subjects")
    public List<TestOut> tests() {
        return TestDefinition.<TestDefinition>listAll(io.quarkus.panache.common.Sort.by("code")).stream().map(TestMapper::toDto).toList();
    }

    @GET
    @Path("/test-catalogue/{code}")
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
    @Operation(summary = "Define or change a test and its subjects (If-Match honoured)")
    public Response putTest(@PathParam("code") String code, @Context Request request, @Valid @NotNull TestIn in) {
        boolean created = service.putTest(code, in, Conditional.change(request));
        TestDefinition t = TestDefinition.findById(code);
        return Response.status(created ? 201 : 200).entity(TestMapper.toDto(t)).tag(ETags.of(t.version)).build();
    }

    @GET
    @Path("/rubrics")
    @Operation(summary = "The rubrics: score bands → level and Thai label, or → grade")
    public List<RubricOut> rubrics() {
        return Rubric.<Rubric>listAll(io.quarkus.panache.common.Sort.by("code")).stream().map(RubricMapper::toDto).toList();
    }

    @GET
    @Path("/rubrics/{code}")
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
    @Operation(summary = "Define or change a rubric (If-Match honoured)")
    public Response putRubric(@PathParam("code") String code, @Context Request request, @Valid @NotNull RubricIn in) {
        boolean created = service.putRubric(code, in, Conditional.change(request));
        Rubric r = Rubric.findById(code);
        return Response.status(created ? 201 : 200).entity(RubricMapper.toDto(r)).tag(ETags.of(r.version)).build();
    }

    @GET
    @Path("/frameworks")
    @Operation(summary = "The evaluation frameworks")
    public List<FrameworkOut> frameworks() {
        return Framework.<Framework>listAll(io.quarkus.panache.common.Sort.by("code")).stream().map(FrameworkMapper::toDto).toList();
    }

    @GET
    @Path("/frameworks/{code}")
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
    @Operation(summary = "Define or change a framework and its indicators (If-Match honoured)")
    public Response putFramework(@PathParam("code") String code, @Context Request request, @Valid @NotNull FrameworkIn in) {
        boolean created = service.putFramework(code, in, Conditional.change(request));
        Framework f = Framework.findById(code);
        return Response.status(created ? 201 : 200).entity(FrameworkMapper.toDto(f)).tag(ETags.of(f.version)).build();
    }
}
