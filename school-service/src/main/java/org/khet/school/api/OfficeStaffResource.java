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
import org.khet.kit.problem.ProblemException;
import org.khet.contracts.read.school.OfficeStaffMember;
import org.khet.school.api.OrgDtos.OfficeStaffInput;
import org.khet.school.service.OfficeService;

import java.util.UUID;

/** {@code /v1/office-staff}: the area office's own staff as person records. */
@Path("/v1/office-staff")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "office-staff", description = "The area office's own staff (บุคลากรในสำนักงานเขต) as people: unit, "
        + "position and personnel category (38kh, 38c1, 38c2, government-employee, permanent, temporary)")
public class OfficeStaffResource {
    private final OfficeService offices;

    public OfficeStaffResource(OfficeService offices) {
        this.offices = offices;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createOfficeStaff", summary = "Record a person of the office staff",
            description = "Publishes school.OfficeStaffChanged.v1.")
    @APIResponse(responseCode = "201", description = ApiDocs.CREATED,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfficeStaffMember.class)))
    public Response create(@Valid @NotNull OfficeStaffInput in) {
        var v = offices.putOfficeStaff(null, in, null);
        return Responses.written(v, "/v1/office-staff/" + v.value().id());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOfficeStaff", summary = "A person of the office staff")
    @APIResponse(responseCode = "200", description = "The person, with the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfficeStaffMember.class)))
    @APIResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED)
    public Response get(@PathParam("id") String id, @Context Request request) {
        return Responses.read(request, offices.officeStaff(uuid(id)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putOfficeStaff",
            summary = "Record or change a person of the office staff under a chosen id",
            description = "Publishes school.OfficeStaffChanged.v1; a person stays on the staff of their area.")
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, description = ApiDocs.IF_MATCH,
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "Changed (or already so), with the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfficeStaffMember.class)))
    @APIResponse(responseCode = "201", description = ApiDocs.CREATED,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OfficeStaffMember.class)))
    @APIResponse(responseCode = "409", description = "The person is on the staff of another area",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @APIResponse(responseCode = "412", description = ApiDocs.PRECONDITION_FAILED,
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    public Response put(@PathParam("id") String id, @Valid @NotNull OfficeStaffInput in, @Context Request request) {
        return Responses.written(offices.putOfficeStaff(uuid(id), in, Conditional.change(request)),
                "/v1/office-staff/" + id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteOfficeStaff", summary = "Remove a person from the office staff",
            description = "Publishes school.OfficeStaffChanged.v1 with removed true.")
    @APIResponse(responseCode = "204", description = "Removed")
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
