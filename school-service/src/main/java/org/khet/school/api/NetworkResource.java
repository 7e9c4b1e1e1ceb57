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
import org.khet.contracts.read.school.SchoolNetwork;
import org.khet.school.api.OrgDtos.MemberInput;
import org.khet.school.api.OrgDtos.NetworkInput;
import org.khet.school.service.NetworkService;

/** {@code /v1/networks}: school networks and their year-bounded membership. */
@Path("/v1/networks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "networks", description = "School networks (กลุ่มเครือข่าย): clusters by place, program networks and "
        + "subject clubs, with memberships from one academic year to another, history kept")
public class NetworkResource {
    private final NetworkService networks;

    public NetworkResource(NetworkService networks) {
        this.networks = networks;
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getSchoolNetwork", summary = "A network with every membership")
    @APIResponse(responseCode = "200", description = "The network, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchoolNetwork.class)))
    @APIResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED)
    public Response get(@PathParam("code") String code, @Context Request request) {
        return Responses.read(request, networks.network(code));
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putSchoolNetwork",
            summary = "Register or change a network (cluster, program, subject-club)",
            description = "Publishes school.NetworkChanged.v1 with every membership.")
    @Parameter(name = "If-Match", in = ParameterIn.HEADER, description = ApiDocs.IF_MATCH,
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "Changed (or already so), with the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchoolNetwork.class)))
    @APIResponse(responseCode = "201", description = ApiDocs.CREATED,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SchoolNetwork.class)))
    @APIResponse(responseCode = "409", description = "The network belongs to another area",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @APIResponse(responseCode = "412", description = ApiDocs.PRECONDITION_FAILED,
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    public Response put(@PathParam("code") String code, @Valid @NotNull NetworkInput in, @Context Request request) {
        return Responses.written(networks.putNetwork(code, in, Conditional.change(request)), "/v1/networks/" + code);
    }

    @PUT
    @Path("/{code}/members/{school}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putSchoolNetworkMember", summary = "A school joins a network from an academic year",
            description = "toYear ends the membership; the history is kept. The school must be of the network's area.")
    public SchoolNetwork member(@PathParam("code") String code, @PathParam("school") String school,
                                @Valid @NotNull MemberInput in) {
        return networks.putMember(code, school, in);
    }
}
