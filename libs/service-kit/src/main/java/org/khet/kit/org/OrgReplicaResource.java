package org.khet.kit.org;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.kit.problem.ProblemException;

/**
 * {@code GET /v1/org-replica/{code}}: what this service's copy of the org directory knows of a unit. Lets an
 * operator (and the demo loader) see whether a replica has caught up with school-service.
 */
@Path("/v1/org-replica")
@Tag(name = "org-replica", description = "This service's copy of the org directory")
public class OrgReplicaResource {
    private final OrgDirectory directory;

    public OrgReplicaResource(OrgDirectory directory) {
        this.directory = directory;
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getOrgReplicaUnit", summary = "One unit of the local org directory (404 until its event has arrived)")
    public OrgDirectory.OrgUnit get(@PathParam("code") String code) {
        return directory.find(code)
                .filter(u -> !"UNKNOWN".equals(u.kind()))
                .orElseThrow(() -> ProblemException.notFound("org unit " + code + " is not in this service's directory (yet)"));
    }
}
