package org.khet.school.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.*;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.school.api.OrgDtos.DistrictInput;
import org.khet.school.service.AreaService;

/** {@code /v1/districts/{code}}: the districts (อำเภอ) areas serve. */
@Path("/v1/districts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "districts")
public class DistrictResource {
    private final AreaService areas;

    public DistrictResource(AreaService areas) {
        this.areas = areas;
    }

    @GET
    @Path("/{code}")
    public Response get(@PathParam("code") String code, @Context Request request) {
        return Responses.read(request, areas.district(code));
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register or change a district (code: area code, dash, 2 digits — 5602-01)")
    public Response put(@PathParam("code") String code, @Valid @NotNull DistrictInput in, @Context Request request) {
        return Responses.written(areas.putDistrict(code, in, Responses.preconditions(request)), "/v1/districts/" + code);
    }
}
