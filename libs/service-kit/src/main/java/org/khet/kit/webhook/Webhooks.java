package org.khet.kit.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.khet.contracts.AreaCode;
import org.khet.contracts.events.CloudEvent;
import org.khet.contracts.events.EventJson;
import org.khet.kit.paging.PageRequest;
import org.khet.kit.problem.FieldErrors;
import org.khet.kit.problem.ProblemException;
import org.khet.kit.security.AccessControl;
import org.khet.kit.security.Caller;
import org.khet.kit.sql.Sql;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * OBEC's webhook subscriptions and their delivery log (ADR 0018): an obec-admin registers a URL with event-type and
 * area filters and a secret; {@link #schedule} writes one delivery per matching subscription in the consuming
 * transaction of each event; {@link WebhookDispatcher} sends them; dead letters are replayed here.
 */
@ApplicationScoped
@Transactional
public class Webhooks {
    static final int MAX_PATTERNS = 100;

    private final Sql sql;
    private final AccessControl access;

    public Webhooks(Sql sql, AccessControl access) {
        this.sql = sql;
        this.access = access;
    }

    /** A subscription as registered; the secret signs the deliveries and is never answered. */
    @Schema(name = "NewWebhook", description = "A webhook subscription to register")
    public record NewWebhook(
            @Schema(description = "Where the events are POSTed: an http or https URL", examples = "https://obec.example/khet/events")
            String url,
            @Schema(description = "Event types, each exact (school.DistrictChanged.v1) or a wildcard (assessment.*, "
                    + "school.DistrictChanged.*, *)", examples = "[\"assessment.*\", \"school.DistrictChanged.v1\"]")
            List<String> eventTypes,
            @Schema(description = "Only the events of these areas; none or empty: every event", examples = "[\"5602\"]")
            List<String> areaCodes,
            @Schema(description = "The HMAC-SHA256 key of Khet-Signature, 16 to 256 characters; stored, never answered",
                    examples = "s3cret-of-obec-2566")
            String secret) {
    }

    @Schema(name = "Webhook", description = "A webhook subscription (its secret is never answered) and its deliveries' counts")
    public record WebhookView(UUID id, String url, List<String> eventTypes, List<String> areaCodes,
                              OffsetDateTime createdAt, String createdBy,
                              @Schema(description = "Deliveries waiting to be sent or retried") long pending,
                              @Schema(description = "Deliveries sent and answered 2xx") long delivered,
                              @Schema(description = "Deliveries given up after the last attempt, to replay") long deadLetters) {
    }

    @Schema(name = "WebhookDelivery", description = "One event's delivery to one subscription")
    public record DeliveryView(
            long id, String eventId, String type,
            @Schema(description = "The CloudEvent's subject: the aggregate") String subject,
            String areaCode,
            @Schema(description = "pending (to send or retry), delivered, dead (a dead letter)",
                    enumeration = {"pending", "delivered", "dead"}) String status,
            int attempts,
            @Schema(description = "The HTTP status of the last attempt; none when it got no answer") Integer lastStatus,
            String lastError, OffsetDateTime lastAttemptAt,
            @Schema(description = "When a pending delivery is tried next (once the earlier deliveries of its subject are done)")
            OffsetDateTime nextAttemptAt,
            OffsetDateTime deliveredAt, OffsetDateTime createdAt) {
    }

    @Schema(name = "WebhookDeliveryPage", description = "A page of deliveries, newest first")
    public record DeliveryPage(List<DeliveryView> items, int page, int size, long total) {
    }

    @Schema(name = "WebhookReplay", description = "How many dead letters were made pending again")
    public record Replayed(int replayed) {
    }

    public WebhookView create(NewWebhook w) {
        requireAdmin();
        if (w == null) {
            throw ProblemException.badRequest("a JSON body with url, eventTypes, areaCodes and secret is required");
        }
        FieldErrors errors = new FieldErrors();
        String url = errors.text("url", w.url(), true, 2000);
        if (url != null) {
            errors.addIf("url", urlProblem(url));
        }
        List<String> types = w.eventTypes() == null ? List.of() : w.eventTypes();
        if (types.isEmpty()) {
            errors.add("eventTypes", "is required: at least one event type or wildcard (* for every event)");
        } else if (types.size() > MAX_PATTERNS) {
            errors.add("eventTypes", "has more than " + MAX_PATTERNS + " entries");
        }
        for (int i = 0; i < types.size() && i < MAX_PATTERNS; i++) {
            errors.addIf("eventTypes[" + i + "]", WebhookFilter.patternProblem(types.get(i)));
        }
        List<String> areas = w.areaCodes() == null ? List.of() : w.areaCodes();
        for (int i = 0; i < areas.size(); i++) {
            if (!AreaCode.isAreaCode(areas.get(i))) {
                errors.add("areaCodes[" + i + "]", "an area code is " + AreaCode.EXPECTED + ", got '" + areas.get(i) + "'");
            }
        }
        String secret = w.secret();
        if (secret == null || secret.isEmpty()) {
            errors.add("secret", "is required: the key the deliveries are signed with (Khet-Signature)");
        } else if (secret.length() < 16 || secret.length() > 256) {
            errors.add("secret", "must be 16 to 256 characters, got " + secret.length());
        }
        errors.throwIfAny("the webhook");
        UUID id = UUID.randomUUID();
        sql.update("""
                insert into webhook_subscription (id, url, event_types, area_codes, secret, created_by)
                values (?, ?, ?, ?, ?, ?)""",
                id, url, types.stream().distinct().toArray(String[]::new), areas.stream().distinct().toArray(String[]::new),
                secret, access.actor());
        return find(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookView> list() {
        requireAdmin();
        return sql.query(VIEW + " order by s.created_at, s.id", Webhooks::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookView get(UUID id) {
        requireAdmin();
        return find(id);
    }

    /** Removes a subscription with its delivery log; nothing more is sent to it. */
    public void delete(UUID id) {
        requireAdmin();
        if (sql.update("delete from webhook_subscription where id = ?", id) == 0) {
            throw notFound(id);
        }
    }

    /** The delivery log, newest first; {@code deadOnly} for the dead-letter list. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DeliveryPage deliveries(UUID id, PageRequest page, boolean deadOnly) {
        requireAdmin();
        find(id);
        String status = deadOnly ? "dead" : null;
        long total = sql.query("select count(*) from webhook_delivery where subscription_id = ? and (?::text is null or status = ?)",
                rs -> rs.getLong(1), id, status, status).get(0);
        List<DeliveryView> items = sql.query("""
                select id, event_id, event_type, subject, area_code, status, attempts, last_status, last_error,
                       last_attempt_at, next_attempt_at, delivered_at, created_at
                  from webhook_delivery where subscription_id = ? and (?::text is null or status = ?)
                 order by id desc limit ? offset ?""",
                rs -> new DeliveryView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getInt(7), (Integer) rs.getObject(8), rs.getString(9),
                        rs.getObject(10, OffsetDateTime.class), "pending".equals(rs.getString(6))
                        ? rs.getObject(11, OffsetDateTime.class) : null,
                        rs.getObject(12, OffsetDateTime.class), rs.getObject(13, OffsetDateTime.class)),
                id, status, status, page.size(), page.offset());
        return new DeliveryPage(items, page.page(), page.size(), total);
    }

    /** Makes every dead letter of a subscription pending again with fresh attempts, due now, in their first order. */
    public Replayed replay(UUID id) {
        requireAdmin();
        find(id);
        int n = sql.update("""
                update webhook_delivery set status = 'pending', attempts = 0, next_attempt_at = now()
                 where subscription_id = ? and status = 'dead'""", id);
        return new Replayed(n);
    }

    /**
     * Writes a delivery of the event for every subscription whose filters it matches, in the caller's transaction
     * (the idempotent consumer's, so the event is scheduled once however often Kafka delivers it).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int schedule(CloudEvent event) {
        return scheduleAll(List.of(event));
    }

    /** {@link #schedule} of a consumer's batch, reading the subscriptions once for all its events. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int scheduleAll(List<CloudEvent> events) {
        List<Subscribed> subscriptions = subscriptions();
        int scheduled = 0;
        for (CloudEvent event : events) {
            scheduled += schedule(event, subscriptions);
        }
        return scheduled;
    }

    /**
     * The events some subscription's filters match, the only ones {@link #schedule} has an effect for: the fan-out
     * records no other (ADR 0043). Most installations have no subscription at all, and then a batch writes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<CloudEvent> subscribed(List<CloudEvent> events) {
        List<Subscribed> subscriptions = subscriptions();
        if (subscriptions.isEmpty()) {
            return List.of();
        }
        return events.stream().filter(e -> subscriptions.stream().anyMatch(s -> s.filter().matches(e.type(), e.areacode())))
                .toList();
    }

    /**
     * Which event types some subscription's type filter takes, asked by the fan-out after each poll and before it decodes
     * anything (ADR 0043, stop 33): with no subscription, none — the poll is skipped undecoded, without a transaction.
     * Outside a transaction: one autocommit read of the patterns.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Predicate<String> wantedTypes() {
        List<String> patterns = sql.query("select distinct unnest(event_types) from webhook_subscription", rs -> rs.getString(1));
        if (patterns.isEmpty()) {
            return type -> false;
        }
        return type -> patterns.stream().anyMatch(p -> WebhookFilter.typeMatches(p, type));
    }

    private List<Subscribed> subscriptions() {
        return sql.query("select id, event_types, area_codes from webhook_subscription",
                rs -> new Subscribed(rs.getObject(1, UUID.class), new WebhookFilter(strings(rs.getArray(2)), strings(rs.getArray(3)))));
    }

    private int schedule(CloudEvent event, List<Subscribed> subscriptions) {
        List<UUID> matching = new ArrayList<>();
        for (Subscribed s : subscriptions) {
            if (s.filter().matches(event.type(), event.areacode())) {
                matching.add(s.id());
            }
        }
        if (matching.isEmpty()) {
            return 0;
        }
        String key = event.source() + " " + (event.subject() == null ? event.id() : event.subject());
        return sql.update("""
                insert into webhook_delivery (subscription_id, event_id, event_type, subject, aggregate_key, area_code, body)
                select s, ?, ?, ?, ?, ?, ? from unnest(?::uuid[]) s
                on conflict (subscription_id, event_id) do nothing""",
                event.id(), event.type(), event.subject(), key, event.areacode(), EventJson.write(event),
                matching.stream().map(UUID::toString).toArray(String[]::new));
    }

    private record Subscribed(UUID id, WebhookFilter filter) {
    }

    private static final String VIEW = """
            select s.id, s.url, s.event_types, s.area_codes, s.created_at, s.created_by,
                   (select count(*) from webhook_delivery d where d.subscription_id = s.id and d.status = 'pending'),
                   (select count(*) from webhook_delivery d where d.subscription_id = s.id and d.status = 'delivered'),
                   (select count(*) from webhook_delivery d where d.subscription_id = s.id and d.status = 'dead')
              from webhook_subscription s""";

    private WebhookView find(UUID id) {
        return sql.query(VIEW + " where s.id = ?", Webhooks::view, id).stream().findFirst().orElseThrow(() -> notFound(id));
    }

    private static WebhookView view(ResultSet rs) throws SQLException {
        return new WebhookView(rs.getObject(1, UUID.class), rs.getString(2), strings(rs.getArray(3)), strings(rs.getArray(4)),
                rs.getObject(5, OffsetDateTime.class), rs.getString(6), rs.getLong(7), rs.getLong(8), rs.getLong(9));
    }

    private static List<String> strings(Array a) throws SQLException {
        return Arrays.asList((String[]) a.getArray());
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("webhook " + id + " does not exist");
    }

    /** Webhook subscriptions are OBEC's: only obec-admin registers, reads, replays and deletes them. */
    private void requireAdmin() {
        access.requireRole("obec", Caller.OBEC_ADMIN);
    }

    static String urlProblem(String url) {
        try {
            URI u = new URI(url);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return "must be an http or https URL, got '" + url + "'";
            }
            if (u.getHost() == null || u.getHost().isBlank()) {
                return "has no host: '" + url + "'";
            }
            if (u.getRawFragment() != null) {
                return "must not have a fragment (#…): '" + url + "'";
            }
            return null;
        } catch (URISyntaxException e) {
            return "is not a URL: " + e.getMessage();
        }
    }
}
