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
import org.khet.contracts.read.school.SchoolNetwork;
import org.khet.school.api.OrgDtos.*;
import org.khet.school.service.NetworkService;

/** {@code /v1/networks}: school networks and their year-bounded membership. */
@Path("/v1/networks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "networks")
public class NetworkResource {
    private final NetworkService networks;

    public NetworkResource(NetworkService networks) {
        this.networks = networks;
    }

    @GET
    @Path("/{code}")
    public Response get(@PathParam("code") String code, @Context Request request) {
        return Responses.read(request, networks.network(code));
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register or change a network (cluster, program, subject-club)")
    public Response put(@PathParam("code") String code, @Valid @NotNull NetworkInput in, @Context Request request) {
        return Responses.written(networks.putNetwork(code, in, Responses.preconditions(request)), "/v1/networks/" + code);
    }

    @PUT
    @Path("/{code}/members/{school}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A school joins a network from an academic year (toYear ends the membership, history kept)")
    public SchoolNetwork member(@PathParam("code") String code, @PathParam("school") String school, @Valid @NotNull MemberInput in) {
        return networks.putMember(code, school, in);
    }
}
