package org.khet.school.api;

import jakarta.ws.rs.*;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.contracts.codes.Labelled;
import org.khet.contracts.codes.OrgUnitKind;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;
import org.khet.school.api.OrgDtos.OrgUnitDto;
import org.khet.school.service.OrgUnits;

import java.util.List;
import java.util.Map;

/** {@code /v1/org}: the org directory (OBEC → areas → districts → schools) with its closure table. */
@Path("/v1/org")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "org", description = "The org directory (OBEC → areas → districts → schools) that every other service "
        + "replicates from school.OrgUnitChanged.v1")
public class OrgResource {
    private final OrgUnits units;

    public OrgResource(OrgUnits units) {
        this.units = units;
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getOrgUnit", summary = "An org unit with its ancestors, nearest first")
    public OrgUnitDto get(@PathParam("code") String code) {
        return units.unit(code);
    }

    @GET
    @Path("/{code}/units")
    @Operation(operationId = "listOrgUnits", summary = "The units of a kind under a unit, in code order")
    public List<OrgUnitDto> under(@PathParam("code") String code, @Parameter(description = "AREA, DISTRICT or SCHOOL")
                                  @QueryParam("kind") @DefaultValue("SCHOOL") String kind) {
        OrgUnitKind k = Labelled.byCode(OrgUnitKind.class, kind.strip().toUpperCase(java.util.Locale.ROOT));
        if (k == null) {
            throw ProblemException.validation("query parameter 'kind' is not valid", List.of(Problem.FieldError.field(
                    "kind", "must be one of " + Labelled.codes(OrgUnitKind.class) + ", got '" + kind + "'")));
        }
        return units.under(code, k);
    }

    @GET
    @Path("/{code}/contains/{descendant}")
    @Operation(operationId = "getOrgContainment",
            summary = "Whether a unit is under another (one closure-table lookup)")
    public Map<String, Object> contains(@PathParam("code") String code, @PathParam("descendant") String descendant) {
        return Map.of("ancestor", code, "descendant", descendant, "contains", units.isUnder(descendant, code));
    }
}
