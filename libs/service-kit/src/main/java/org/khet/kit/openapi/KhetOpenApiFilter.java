package org.khet.kit.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.khet.kit.problem.Problem;

import java.util.List;
import java.util.Map;

/**
 * What every Khet service's API document says alike, so that no resource has to repeat it: the bearer-JWT security
 * scheme on every operation, the {@code Problem} schema of {@code application/problem+json}, and the error answers
 * every operation can give — 401 and 403 (every call is authenticated and scoped), 400 where it takes parameters or
 * a body, 404 where its path names something, 406 where it offers several formats, 413 and 415 where it takes a
 * body, 414 (a path and query too long), 500 and 503 — the kit's {@code HttpLimits} and the gateway's answer 413 and
 * 414 as problems too. An operation that documents a status itself keeps its own description; one that answers a status this
 * filter cannot guess (409, 412, 413, 422 …) documents it with {@code @APIResponse(responseCode, description)};
 * this filter gives every documented 4xx and 5xx answer without content the {@code Problem} content, and the
 * contracts' value types ({@code AreaCode}, {@code FiscalYear}, {@code AcademicYear}) their plain-value schemas.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class KhetOpenApiFilter implements OASFilter {
    public static final String SECURITY_SCHEME = "bearerJwt";
    public static final String PROBLEM_SCHEMA = "Problem";
    public static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM_SCHEMA;
    static final String FEED_JOB_ACCEPTED = "FeedJobAccepted";
    static final String FEED_PREVIEW = "FeedPreview";
    static final String FEED_WARNING = "FeedWarning";
    static final String DRY_RUN = " With ?dryRun=true the body is a FeedPreview instead "
            + "(#/components/schemas/FeedPreview): what would be created, updated and unchanged, and the warnings; "
            + "nothing is stored or published.";

    private static final Map<String, String> GENERAL = Map.of(
            "401", "No valid bearer token: missing, expired, or not signed by the configured issuer",
            "403", "The token's role or org unit may not do this",
            "414", "The path and query are longer than the service takes (8,192 characters)",
            "500", "An unexpected error; it was logged with the request id",
            "503", "A dependency (the database, an upstream service) is unavailable; try again later");

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Components components = api.getComponents() == null ? OASFactory.createComponents() : api.getComponents();
        api.setComponents(components);
        components.addSecurityScheme(SECURITY_SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("A JWT from the configured issuer (in development: ./khet token --role ROLE --org CODE)"));
        components.addSchema(PROBLEM_SCHEMA, problemSchema());
        components.addSchema("FieldError", fieldErrorSchema());
        valueTypes(components);
        api.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(SECURITY_SCHEME)));
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : api.getPaths().getPathItems().entrySet()) {
            boolean namesSomething = path.getKey().contains("{");
            stringExamples(path.getValue().getParameters(), components);
            for (Operation op : path.getValue().getOperations().values()) {
                addErrors(op, namesSomething || hasParameter(path.getValue().getParameters(), Parameter.In.PATH));
                stringExamples(op.getParameters(), components);
                if (isFeed(op)) {
                    addFeedAnswers(op.getResponses(), components);
                }
            }
        }
    }

    private static void addErrors(Operation op, boolean pathParameters) {
        APIResponses responses = op.getResponses() == null ? OASFactory.createAPIResponses() : op.getResponses();
        op.setResponses(responses);
        boolean body = op.getRequestBody() != null;
        boolean parameters = body || (op.getParameters() != null && !op.getParameters().isEmpty());
        if (parameters) {
            add(responses, "400", "The request is not valid: each bad field, or each bad row and column of a feed, is named");
        }
        if (pathParameters || hasParameter(op.getParameters(), Parameter.In.PATH)) {
            add(responses, "404", "What the path names does not exist");
        }
        if (offersSeveralFormats(responses)) {
            add(responses, "406", "None of the formats the request accepts can be produced");
        }
        if (body) {
            add(responses, "413", "The body is larger than the service takes; nothing was stored");
            add(responses, "415", "The body's content type is not one this operation reads");
        }
        GENERAL.forEach((status, description) -> add(responses, status, description));
        if (responses.getAPIResponses() != null) {
            // the statuses an operation documents itself (409, 412, 413, 422 …) answer problems as well
            responses.getAPIResponses().forEach((status, r) -> {
                if ((status.startsWith("4") || status.startsWith("5")) && r.getRef() == null
                        && (r.getContent() == null || r.getContent().getMediaTypes() == null
                        || r.getContent().getMediaTypes().isEmpty())) {
                    r.setContent(problemContent());
                }
            });
        }
    }

    /**
     * The contracts' value types travel as plain values (the kit's ParamConverters and their {@code @JsonValue}): an
     * area code is a 4-digit string, a year a Buddhist-era integer — not the objects the scanner sees in the records.
     */
    private static void valueTypes(Components components) {
        if (components.getSchemas() == null) {
            return;
        }
        if (components.getSchemas().containsKey("AreaCode")) {
            components.addSchema("AreaCode", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                    .pattern("^[0-9]{4}$").description("An area office's 4-digit code, e.g. 5602").examples(List.of("5602")));
        }
        for (String year : List.of("FiscalYear", "AcademicYear")) {
            if (components.getSchemas().containsKey(year)) {
                components.addSchema(year, OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .minimum(java.math.BigDecimal.valueOf(org.khet.contracts.BuddhistEra.MIN_BE))
                        .maximum(java.math.BigDecimal.valueOf(org.khet.contracts.BuddhistEra.MAX_BE))
                        .description("A Buddhist-era year, e.g. 2566").examples(List.of(2566)));
            }
        }
    }

    /**
     * An example of a string parameter is a string: the scanner reads {@code @Parameter(example = "5602")} as the number
     * 5602, which a client generator and a validator take for a value of the wrong type (an area code keeps its
     * leading zeros only as a string).
     */
    private static void stringExamples(List<Parameter> parameters, Components components) {
        if (parameters == null) {
            return;
        }
        for (Parameter p : parameters) {
            if (p.getExample() instanceof Number n && isString(p.getSchema(), components)) {
                p.setExample(n instanceof java.math.BigDecimal d ? d.toPlainString() : n.toString());
            }
        }
    }

    private static boolean isString(Schema schema, Components components) {
        if (schema == null) {
            return false;
        }
        if (schema.getRef() != null && components.getSchemas() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            return isString(components.getSchemas().get(name), components);
        }
        return schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING);
    }

    /** A feed is an operation whose body may be CSV: the kit's pipeline answers every one of them alike. */
    private static boolean isFeed(Operation op) {
        return op.getRequestBody() != null && op.getRequestBody().getContent() != null
                && op.getRequestBody().getContent().getMediaTypes() != null
                && op.getRequestBody().getContent().getMediaTypes().containsKey("text/csv");
    }

    /**
     * What the kit's feed pipeline ({@code FeedPipeline}, {@code FeedResponses}) answers besides the feed's own 200:
     * 202 with a job for a large feed or {@code Prefer: respond-async}, 409 while the same feed is being stored, 422
     * for an Idempotency-Key used for other content — each kept as the operation documents it, when it does — and,
     * for {@code ?dryRun=true}, a 200 whose body is a {@code FeedPreview}: a schema of its own, named in the 200's
     * description. Not a oneOf of the two: the bodies share no discriminator, and a client generated from a oneOf of
     * two objects gets a wrapper that cannot tell them apart, where the feed's own answer is FeedResult (ADR 0022).
     */
    private static void addFeedAnswers(APIResponses responses, Components components) {
        feedPreviewSchemas(components);
        APIResponse ok = responses.getAPIResponse("200");
        if (ok != null && (ok.getDescription() == null || !ok.getDescription().contains(FEED_PREVIEW))) {
            String said = ok.getDescription() == null ? "Stored" : ok.getDescription().strip();
            ok.setDescription(said + (said.endsWith(".") ? "" : ".") + DRY_RUN);
        }
        if (components.getSchemas() == null || !components.getSchemas().containsKey(FEED_JOB_ACCEPTED)) {
            components.addSchema(FEED_JOB_ACCEPTED, OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                    .description("A feed accepted as a background job, as the kit's FeedResponses answers it")
                    .addProperty("jobId", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uuid"))
                    .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                            .examples(List.of("queued")))
                    .required(List.of("jobId", "status")));
        }
        if (responses.getAPIResponse("202") == null) {
            responses.addAPIResponse("202", OASFactory.createAPIResponse()
                    .description("A feed of more rows than khet.feed.async-rows, or one sent with Prefer: respond-async, "
                            + "is stored by a background job: its address is in Location (GET …/feed-jobs/{id})")
                    .addHeader("Location", OASFactory.createHeader().description("The job's address")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)))
                    .content(OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref("#/components/schemas/" + FEED_JOB_ACCEPTED)))));
        }
        add(responses, "409", "The same feed is being stored by another request at this moment; send it again later");
        add(responses, "422", "The Idempotency-Key was already used for a feed of other content");
    }

    /**
     * {@code org.khet.contracts.FeedPreview} and {@code FeedWarning} as the API document shows them, unless the
     * scanner met them already (a service whose resources return warnings); no resource returns FeedPreview itself
     * (FeedResponses answers it as a Response), so the scanner never writes it. KhetOpenApiFilterTest keeps these
     * properties equal to the records' components.
     */
    static void feedPreviewSchemas(Components components) {
        if (components.getSchemas() == null || !components.getSchemas().containsKey(FEED_WARNING)) {
            components.addSchema(FEED_WARNING, OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                    .description("A figure a validation rule of severity warning finds suspicious: stored with the "
                            + "school's submission, acknowledged with a reason before the director certifies")
                    .addProperty("rule", string("The rule's code, e.g. students-per-classroom"))
                    .addProperty("ruleVersion", integer("The version of the rule that was applied"))
                    .addProperty("schoolCode", string("The school the figure is of"))
                    .addProperty("row", integer("The feed's row as the sender sees it (the header is row 1)"))
                    .addProperty("column", string("The feed's column"))
                    .addProperty("reported", string("The figure as the feed has it"))
                    .addProperty("limit", string("What the rule allows, with its parameters"))
                    .addProperty("messageTh", string("What it means, in Thai"))
                    .addProperty("messageEn", string("What it means, in English")));
        }
        if (!components.getSchemas().containsKey(FEED_PREVIEW)) {
            components.addSchema(FEED_PREVIEW, OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                    .description("The answer to a feed sent with ?dryRun=true: what it would store (result: created, "
                            + "updated and unchanged, no receipt) and the warnings its figures raise; nothing was "
                            + "stored or published")
                    .addProperty("dryRun", OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN)
                            .description("Always true"))
                    .addProperty("result", OASFactory.createSchema().ref("#/components/schemas/FeedResult"))
                    .addProperty("warnings", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                            .items(OASFactory.createSchema().ref("#/components/schemas/" + FEED_WARNING))
                            .description("The warnings its figures raise, in the order found"))
                    .required(List.of("dryRun", "result", "warnings")));
        }
    }

    private static Schema integer(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).description(description);
    }

    private static boolean offersSeveralFormats(APIResponses responses) {
        APIResponse ok = responses.getAPIResponse("200");
        return ok != null && ok.getContent() != null && ok.getContent().getMediaTypes() != null
                && ok.getContent().getMediaTypes().size() > 1;
    }

    private static boolean hasParameter(List<Parameter> parameters, Parameter.In in) {
        return parameters != null && parameters.stream().anyMatch(p -> p.getIn() == in);
    }

    /** Adds a problem answer for {@code status} unless the operation documents that status itself. */
    private static void add(APIResponses responses, String status, String description) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing != null) {
            if (existing.getContent() == null) {
                existing.setContent(problemContent());
            }
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(problemContent()));
    }

    static org.eclipse.microprofile.openapi.models.media.Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem: what is wrong and, for input, where (a field, or a feed's row and column)")
                .addProperty("type", string("A stable URI naming the class of error, e.g. https://khet.dev/problems/validation"))
                .addProperty("title", string("A short summary of the class of error"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).description("The HTTP status"))
                .addProperty("detail", string("What went wrong in this request, in words"))
                .addProperty("instance", string("The path of the request"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError"))
                        .description("Each bad field or cell, so that a client can fix everything in one round"))
                .required(List.of("type", "title", "status"));
    }

    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One thing wrong with the input: a field, or a feed's row (the header is row 1) and column")
                .addProperty("field", string("A JSON path such as students[3].count"))
                .addProperty("row", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .description("The feed's row as the sender sees it (the header is row 1)"))
                .addProperty("column", string("The feed's column"))
                .addProperty("message", string("What is wrong with it"))
                .required(List.of("message"));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }

}
