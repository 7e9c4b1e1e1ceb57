package org.khet.school.rounds;

import jakarta.ws.rs.*;

import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.contracts.AreaCode;
import org.khet.kit.problem.ProblemException;
import org.khet.kit.round.ValidationRules;

import java.util.List;

/** {@code /v1/validation-rules}: the school-level feeds' validation rules, national defaults and area overrides. */
@Path("/v1/validation-rules/{kind}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "validation-rules", description = "Validation rules as data: per feed kind, hard (the feed is rejected) "
        + "or warning (acknowledged with a reason before certifying), with parameters; national defaults set by "
        + "obec-admin, area overrides by the area's officer, every edit a new version")
public class ValidationRuleResource {
    private final ValidationRules rules;

    public ValidationRuleResource(ValidationRules rules) {
        this.rules = rules;
    }

    @GET
    @Operation(operationId = "listValidationRules", summary = "Every version of a feed kind's rules, national and the area's")
    @APIResponse(responseCode = "200", description = "The rules, oldest version first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ValidationRules.Rule[].class)))
    public List<ValidationRules.Rule> list(@PathParam("kind") String kind, @QueryParam("areaCode") AreaCode area) {
        return rules.rules(requireKind(kind), area == null ? null : area.code());
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "defineValidationRule", summary = "A new version of a rule: national, or an area's override",
            description = "Without areaCode the national default (obec-admin); with it the area's override (its "
                    + "area-officer). Feeds sent afterwards are checked by the new version.")
    @APIResponse(responseCode = "200", description = "The rule in force now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ValidationRules.Rule.class)))
    @APIResponse(responseCode = "403", description = RoundResource.REFUSED)
    @APIResponse(responseCode = "404", description = "The kind has no such rule")
    public ValidationRules.Rule define(@PathParam("kind") String kind, @PathParam("code") String code,
                                       @Parameter(description = "The area whose override this is; none for the national default")
                                       @QueryParam("areaCode") AreaCode area, ValidationRules.RuleEdit edit) {
        return rules.define(requireKind(kind), code, area == null ? null : area.code(), edit);
    }

    private static String requireKind(String kind) {
        if (!RoundKinds.SCHOOL_SERVICE.contains(kind)) {
            throw ProblemException.notFound("no feed kind " + kind + "; school-service's are " + RoundKinds.SCHOOL_SERVICE);
        }
        return kind;
    }
}
