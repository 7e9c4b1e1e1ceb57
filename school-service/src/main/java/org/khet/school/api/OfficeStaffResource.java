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
import org.khet.kit.problem.ProblemException;
import org.khet.school.api.OrgDtos.OfficeStaffInput;
import org.khet.school.service.OfficeService;

import java.util.UUID;

/** {@code /v1/office-staff}: the area office's own staff as person records. */
@Path("/v1/office-staff")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "office-staff")
public class OfficeStaffResource {
    private final OfficeService offices;

    public OfficeStaffResource(OfficeService offices) {
        this.offices = offices;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a person of the office staff (unit, position, personnel category)")
    public Response create(@Valid @NotNull OfficeStaffInput in) {
        var v = offices.putOfficeStaff(null, in, null);
        return Responses.written(v, "/v1/office-staff/" + v.value().id());
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id, @Context Request request) {
        return Responses.read(request, offices.officeStaff(uuid(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@PathParam("id") String id, @Valid @NotNull OfficeStaffInput in, @Context Request request) {
        return Responses.written(offices.putOfficeStaff(uuid(id), in, Responses.preconditions(request)), "/v1/office-staff/" + id);
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id) {
        offices.removeOfficeStaff(uuid(id));
        return Response.noContent().build();
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("office staff '" + id + "' does not exist");
        }
    }
}
