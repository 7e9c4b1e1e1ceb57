package org.khet.kit.webhook;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.khet.kit.paging.PageRequest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * {@code /v1/webhooks}: OBEC's subscriptions to every service's events, pushed as signed CloudEvents (ADR 0018).
 * Served only where {@code khet.webhooks.enabled=true} at build (school-service), so no other service documents it.
 */
@Path("/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@IfBuildProperty(name = "khet.webhooks.enabled", stringValue = "true")
@Tag(name = "Webhooks", description = "Push to OBEC's systems: subscriptions (URL, event-type and area filters, a secret) "
        + "to every service's events, delivered as CloudEvents (structured mode) signed with Khet-Signature "
        + "(HMAC-SHA256 of the body), retried with backoff in order per aggregate; the delivery log and the dead "
        + "letters, which can be replayed. obec-admin only")
public class WebhookResource {
    static final String REFUSED = "The caller is not obec-admin: webhook subscriptions are OBEC's";
    static final String UNKNOWN = "No webhook subscription has this id";

    private final Webhooks webhooks;

    public WebhookResource(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Register a webhook subscription",
            description = "url (http or https), eventTypes (exact types or wildcards such as assessment.*), areaCodes "
                    + "(none: every area) and secret (16–256 characters, the HMAC key; stored and never answered). The "
                    + "events read after it is registered are POSTed to the url as application/cloudevents+json with "
                    + "`Khet-Signature: sha256=<hex of HMAC-SHA256(secret, body)>`; a subscriber de-duplicates by the "
                    + "CloudEvent id (delivery is at least once).")
    @APIResponse(responseCode = "201", description = "Registered: the subscription, with its Location",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Webhooks.WebhookView.class)))
    @APIResponse(responseCode = "400", description = "A field is not valid (each named); nothing was stored")
    @APIResponse(responseCode = "403", description = REFUSED)
    public Response create(Webhooks.NewWebhook webhook) {
        Webhooks.WebhookView v = webhooks.create(webhook);
        return Response.created(URI.create("/v1/webhooks/" + v.id())).entity(v).build();
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "Every webhook subscription, oldest first")
    @APIResponse(responseCode = "200", description = "The subscriptions with their deliveries' counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Webhooks.WebhookView[].class)))
    @APIResponse(responseCode = "403", description = REFUSED)
    public List<Webhooks.WebhookView> list() {
        return webhooks.list();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "One webhook subscription")
    @APIResponse(responseCode = "200", description = "The subscription with its deliveries' counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Webhooks.WebhookView.class)))
    @APIResponse(responseCode = "403", description = REFUSED)
    @APIResponse(responseCode = "404", description = UNKNOWN)
    public Webhooks.WebhookView get(@PathParam("id") UUID id) {
        return webhooks.get(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhook", summary = "Remove a webhook subscription and its delivery log; nothing more is sent")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "403", description = REFUSED)
    @APIResponse(responseCode = "404", description = UNKNOWN)
    public void delete(@PathParam("id") UUID id) {
        webhooks.delete(id);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "A subscription's delivery log, newest first",
            description = "Each event's delivery: event id, type, subject, status (pending, delivered, dead), attempts, "
                    + "the last answer's status or error, when it is tried next, when it was delivered.")
    @APIResponse(responseCode = "200", description = "A page of the log",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Webhooks.DeliveryPage.class)))
    @APIResponse(responseCode = "403", description = REFUSED)
    @APIResponse(responseCode = "404", description = UNKNOWN)
    public Webhooks.DeliveryPage deliveries(@PathParam("id") UUID id, @QueryParam("page") String page,
                                            @QueryParam("size") String size) {
        return webhooks.deliveries(id, PageRequest.of(page, size), false);
    }

    @GET
    @Path("/{id}/dead-letters")
    @Operation(operationId = "listWebhookDeadLetters", summary = "A subscription's dead letters: deliveries given up after the last attempt",
            description = "A dead letter still holds the later events of its subject, which wait (pending) until it is replayed.")
    @APIResponse(responseCode = "200", description = "A page of the dead letters, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Webhooks.DeliveryPage.class)))
    @APIResponse(responseCode = "403", description = REFUSED)
    @APIResponse(responseCode = "404", description = UNKNOWN)
    public Webhooks.DeliveryPage deadLetters(@PathParam("id") UUID id, @QueryParam("page") String page,
                                             @QueryParam("size") String size) {
        return webhooks.deliveries(id, PageRequest.of(page, size), true);
    }

    @POST
    @Path("/{id}/dead-letters/replay")
    @Operation(operationId = "replayWebhookDeadLetters", summary = "Send a subscription's dead letters again",
            description = "Every dead letter becomes pending with fresh attempts, due now; they and the events they held "
                    + "are delivered in their first order.")
    @APIResponse(responseCode = "200", description = "How many dead letters are pending again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Webhooks.Replayed.class)))
    @APIResponse(responseCode = "403", description = REFUSED)
    @APIResponse(responseCode = "404", description = UNKNOWN)
    public Webhooks.Replayed replay(@PathParam("id") UUID id) {
        return webhooks.replay(id);
    }
}
