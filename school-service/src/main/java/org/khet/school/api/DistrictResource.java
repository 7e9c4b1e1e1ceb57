package org.khet.school.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.khet.kit.etag.Conditional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.school.api.OrgDtos.DistrictDto;
import org.khet.school.api.OrgDtos.DistrictInput;
import org.khet.school.service.AreaService;

/** {@code /v1/districts/{code}}: the districts (อำเภอ) areas serve. */
@Path("/v1/districts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "districts", description = "The districts (อำเภอ) an area serves, with the facts Table 1 prints: "
        + "sub-districts, villages, municipalities, sub-district administrations, km², population, schools as reported")
public class DistrictResource {
    private final AreaService areas;

    public DistrictResource(AreaService areas) {
        this.areas = areas;
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getDistrict", summary = "A district with its facts")
    @APIResponse(responseCode = "200", description = "The district, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DistrictDto.class)))
    @APIResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED)
    public Response get(@PathParam("code") String code, @Context Request request) {
        return Responses.read(request, areas.district(code));
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putDistrict", summary = "Register or change a district",
            description = "The code is the area's code, a dash and 2 digits (5602-01), and must start with the body's "
                    + "areaCode. Publishes school.OrgUnitChanged.v1 and school.DistrictChanged.v1.")
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, description = ApiDocs.IF_MATCH,
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "Changed (or already so), with the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DistrictDto.class)))
    @APIResponse(responseCode = "201", description = ApiDocs.CREATED,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DistrictDto.class)))
    @APIResponse(responseCode = "412", description = ApiDocs.PRECONDITION_FAILED,
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    public Response put(@PathParam("code") String code, @Valid @NotNull DistrictInput in, @Context Request request) {
        return Responses.written(areas.putDistrict(code, in, Conditional.change(request)), "/v1/districts/" + code);
    }
}
