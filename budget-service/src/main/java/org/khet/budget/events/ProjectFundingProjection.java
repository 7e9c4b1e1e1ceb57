package org.khet.budget.events;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.khet.budget.config.BudgetConfig;
import org.khet.budget.domain.BudgetCategory;
import org.khet.budget.domain.ProjectFunding;
import org.khet.contracts.Money;
import org.khet.contracts.events.CloudEvent;
import org.khet.contracts.events.Topics;
import org.khet.kit.consumer.EventConsumer;
import org.khet.kit.consumer.ProcessedEvents;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * Keeps {@code project_funding} from project-service's events ({@code project.ProjectCreated.v1},
 * {@code ProjectUpdated}, {@code ProjectSpendRecorded}, {@code ProjectDeleted}, …). It reads the data as JSON and
 * takes only the fields it knows (projectId, areaCode, fiscalYear, number, planKind, fundingSource, strategyNumber,
 * title, budget, actualSpend, and budgetCategory where present), so new fields and new event types of project-service
 * do not break it. An event that carries {@code budgetCategory} sets it (null or an unknown code: unspecified); one
 * without the field leaves it as it was.
 * {@code budget} and {@code actualSpend} are cumulative figures: the latest event's value replaces the stored one.
 */
@ApplicationScoped
public class ProjectFundingProjection {
    private static final Logger LOG = Logger.getLogger(ProjectFundingProjection.class);
    public static final String CONSUMER = "khet-budget-project-funding";

    private final BudgetConfig config;
    private final ProcessedEvents processed;
    private final String bootstrapServers;
    private EventConsumer consumer;

    public ProjectFundingProjection(BudgetConfig config, ProcessedEvents processed,
                                    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrapServers) {
        this.config = config;
        this.processed = processed;
        this.bootstrapServers = bootstrapServers;
    }

    void onStart(@Observes StartupEvent ev) {
        if (config.projectFunding().enabled()) {
            consumer = EventConsumer.named(CONSUMER, bootstrapServers)
                    .topics(Topics.PROJECT).processed(processed).handler(this::apply).start();
        }
    }

    void onStop(@Observes ShutdownEvent ev) {
        if (consumer != null) {
            consumer.close();
        }
    }

    /** Applies one event in the caller's transaction (the consumer's, which also records the event id). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CloudEvent e) {
        JsonNode d = e.data();
        if (d == null || !d.isObject() || !e.type().startsWith("project.")) {
            return;
        }
        String projectId = text(d, "projectId");
        if (projectId == null) {
            return; // not about one project (e.g. the strategic plan)
        }
        ProjectFunding p = ProjectFunding.findById(projectId);
        boolean deleted = e.type().startsWith("project.ProjectDeleted.");
        if (p == null) {
            String area = text(d, "areaCode");
            Integer fy = integer(d, "fiscalYear");
            if (area == null || fy == null) {
                LOG.warnf("event %s (%s) names project %s without areaCode and fiscalYear; skipped", e.id(), e.type(), projectId);
                return;
            }
            p = new ProjectFunding();
            p.projectId = projectId;
            p.areaCode = area;
            p.fiscalYear = fy;
            p.budget = Money.ZERO;
            p.actualSpend = Money.ZERO;
        } else {
            p.areaCode = orElse(text(d, "areaCode"), p.areaCode);
            Integer fy = integer(d, "fiscalYear");
            p.fiscalYear = fy == null ? p.fiscalYear : fy;
        }
        Integer number = integer(d, "number");
        p.number = number == null ? p.number : number;
        p.planKind = orElse(text(d, "planKind"), p.planKind);
        p.fundingSource = orElse(text(d, "fundingSource"), p.fundingSource);
        p.title = orElse(text(d, "title"), p.title);
        p.strategy = orElse(text(d, "strategyNumber"), p.strategy);
        if (d.has("budgetCategory")) {
            // the project's budget category as it now is: null, or a code this service does not know, is unspecified
            String category = text(d, "budgetCategory");
            if (category != null && BudgetCategory.findById(category) == null) {
                LOG.warnf("event %s (%s): budgetCategory '%s' of project %s is not a budget category; shown as unspecified",
                        e.id(), e.type(), category, projectId);
                category = null;
            }
            p.categoryCode = category;
        }
        p.budget = orElse(money(d, "budget", e), p.budget);
        p.actualSpend = orElse(money(d, "actualSpend", e), p.actualSpend);
        p.deleted = deleted;
        p.lastEventId = e.id();
        p.updatedAt = OffsetDateTime.now();
        p.persist();
    }

    private static String text(JsonNode d, String field) {
        JsonNode v = d.get(field);
        return v == null || v.isNull() || v.isContainerNode() || v.asText().isBlank() ? null : v.asText().strip();
    }

    private static Integer integer(JsonNode d, String field) {
        String t = text(d, field);
        try {
            return t == null ? null : Integer.valueOf(t);
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    private static BigDecimal money(JsonNode d, String field, CloudEvent e) {
        String t = text(d, field);
        if (t == null) {
            return null;
        }
        try {
            return Money.parse(t);
        } catch (IllegalArgumentException ex) {
            LOG.warnf("event %s (%s): %s '%s' is not an amount (%s); the stored figure is kept", e.id(), e.type(), field, t,
                    ex.getMessage());
            return null;
        }
    }

    private static <T> T orElse(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
