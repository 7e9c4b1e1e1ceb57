package org.khet.assessment.rounds;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.contracts.AreaCode;
import org.khet.kit.round.RoundApi;
import org.khet.kit.round.ValidationRules;

import java.util.List;

/** {@code /v1/test-result-rules}: the schools' test results' validation rules, national defaults and area overrides. */
@Path("/v1/test-result-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "test-result rules", description = "The schools' test results' validation rules as data (mean-change): "
        + "hard or warning, with parameters; national defaults by obec-admin, area overrides by the area's officer, "
        + "every edit a new version")
public class TestResultRuleResource {
    private final ValidationRules rules;

    public TestResultRuleResource(ValidationRules rules) {
        this.rules = rules;
    }

    @GET
    @Operation(operationId = "listTestResultRules", summary = "Every version of the test results' rules, national and the area's")
    @APIResponse(responseCode = "200", description = "The rules, oldest version first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ValidationRules.Rule[].class)))
    public List<ValidationRules.Rule> list(@QueryParam("areaCode") AreaCode area) {
        return rules.rules(TestResultRules.KIND, area == null ? null : area.code());
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "defineTestResultRule", summary = "A new version of a test-result rule: national, or an area's override",
            description = "Without areaCode the national default (obec-admin); with it the area's override (its "
                    + "area-officer). Feeds sent afterwards are checked by the new version.")
    @APIResponse(responseCode = "200", description = "The rule in force now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ValidationRules.Rule.class)))
    @APIResponse(responseCode = "403", description = RoundApi.REFUSED)
    @APIResponse(responseCode = "404", description = "The kind has no such rule")
    public ValidationRules.Rule define(@PathParam("code") String code,
                                       @Parameter(description = "The area whose override this is; none for the national default")
                                       @QueryParam("areaCode") AreaCode area, ValidationRules.RuleEdit edit) {
        return rules.define(TestResultRules.KIND, code, area == null ? null : area.code(), edit);
    }
}
