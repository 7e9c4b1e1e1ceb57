package org.khet.school.rounds;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.contracts.AreaCode;

/**
 * {@code /v1/areas/{areaCode}/collection-round-settings}: an area's settings for its collection rounds (whether a
 * branch campus reports on its own). Under the area, not under {@code /v1/collection-rounds}, where a literal segment
 * beside {@code {id}} would make the paths ambiguous.
 */
@Path("/v1/areas/{areaCode}/collection-round-settings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "collection-rounds")
public class AreaRoundSettingsResource {
    private final RoundSettings settings;

    public AreaRoundSettingsResource(RoundSettings settings) {
        this.settings = settings;
    }

    @GET
    @Operation(operationId = "getAreaRoundSettings", summary = "An area's settings for its collection rounds",
            description = "Whether a branch campus reports on its own; an area that never set it has the default "
                    + "(true: every open school is expected, branches included).")
    @APIResponse(responseCode = "200", description = "The area's settings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundSettings.AreaRoundSettings.class)))
    @APIResponse(responseCode = "404", description = "No such area")
    public RoundSettings.AreaRoundSettings settings(@PathParam("areaCode") AreaCode area) {
        return settings.of(area.code());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "putAreaRoundSettings", summary = "Set an area's settings for its collection rounds",
            description = "The area's area-officer or obec-admin. When branches do not report on their own, a round "
                    + "opened afterwards does not expect them: their figures come with their main school.")
    @APIResponse(responseCode = "200", description = "The area's settings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundSettings.AreaRoundSettings.class)))
    @APIResponse(responseCode = "403", description = RoundResource.REFUSED)
    @APIResponse(responseCode = "404", description = "No such area")
    public RoundSettings.AreaRoundSettings putSettings(@PathParam("areaCode") AreaCode area, RoundSettings.SettingsEdit edit) {
        return settings.put(area.code(), edit);
    }
}
