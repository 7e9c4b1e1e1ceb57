package org.khet.kit.outbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.khet.contracts.events.CloudEvent;
import org.khet.contracts.events.EventJson;
import org.khet.contracts.events.EventType;
import org.khet.kit.config.KhetConfig;
import org.khet.kit.sql.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Writes an event to the outbox table in the caller's transaction, so the event exists if and only if the
 * change it describes was committed. {@link OutboxRelay} publishes it to Kafka afterwards; the commit wakes it.
 */
@ApplicationScoped
public class Outbox {
    private final AgroalDataSource dataSource;
    private final KhetConfig config;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final Sql sql;

    public Outbox(AgroalDataSource dataSource, KhetConfig config, TransactionSynchronizationRegistry transactions,
                  OutboxRelay relay, Sql sql) {
        this.dataSource = dataSource;
        this.config = config;
        this.transactions = transactions;
        this.relay = relay;
        this.sql = sql;
    }

    /**
     * From this many events on, {@link #publishAll} writes them with one {@code COPY} instead of a batch of inserts
     * (a national feed's 245 events of ~60 KB each, a register feed's 29,000 small ones): the same rows, one
     * statement, no per-row parameters. Fewer go as one batch of inserts: a {@code COPY} costs two round trips and
     * its own start, and with the threshold at 2 a school's rename (two events) spent 10–29 ms in it, 90–95 % of
     * the database's statement time in the propagation benchmark (ADR 0043), where a batch of two inserts is one
     * round trip.
     */
    static final int COPY_FROM = 64;

    /** What an event is about: the aggregate (its id is the Kafka key) and the area and years it concerns. */
    public record Subject(String aggregateType, String aggregateId, String areaCode, Integer fiscalYear,
                          Integer academicYear) {
        public static Subject of(String aggregateType, String aggregateId) {
            return new Subject(aggregateType, aggregateId, null, null, null);
        }

        public Subject area(String code) {
            return new Subject(aggregateType, aggregateId, code, fiscalYear, academicYear);
        }

        public Subject fiscalYear(Integer be) {
            return new Subject(aggregateType, aggregateId, areaCode, be, academicYear);
        }

        public Subject academicYear(Integer be) {
            return new Subject(aggregateType, aggregateId, areaCode, fiscalYear, be);
        }
    }

    /**
     * Records an event. Must run inside the transaction of the change it describes.
     *
     * @param type    a type of the owning service ({@code school.SchoolRegistered.v1})
     * @param payload the event data; a record of {@code libs/contracts}
     * @param actor   who made the change (token subject), or null for the system
     * @return the event id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String type, Subject subject, Object payload, String actor) {
        Prepared p = prepare(type, subject, payload, actor);
        publishAll(List.of(p));
        return p.id();
    }

    /** An event made ready to write: the envelope serialized, no database work yet. */
    public record Prepared(UUID id, Subject subject, String type, String topic, OffsetDateTime time, String json) {
    }

    /**
     * Builds and serializes an event without writing it, so a bulk change can do this work on another thread
     * while its own rows are being written; {@link #publishAll} then writes it in the change's transaction.
     * The payload is serialized straight into the envelope's JSON (a POJO node: no tree of it is built first), and
     * the time is kept to the microsecond, as PostgreSQL keeps {@code occurred_at}, so both say the same instant.
     */
    public Prepared prepare(String type, Subject subject, Object payload, String actor) {
        EventType eventType = EventType.parse(type);
        if (!eventType.service().equals(config.service())) {
            throw new IllegalArgumentException("service '" + config.service() + "' cannot publish " + type);
        }
        UUID id = UUID.randomUUID();
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, id.toString(), "/khet/" + config.service(), type,
                subject.aggregateId(), OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS),
                "application/json", subject.areaCode(), subject.fiscalYear(), subject.academicYear(), actor,
                EventJson.MAPPER.getNodeFactory().pojoNode(payload));
        return new Prepared(id, subject, type, eventType.topic(), event.time(), EventJson.write(event));
    }

    /**
     * Writes prepared events, in list order, in the caller's transaction: one batch of inserts, or one {@code COPY}
     * from {@link #COPY_FROM} events on. The payload column is {@code json}, stored uncompressed (kit migration V0_3,
     * ADR 0042): PostgreSQL keeps the JSON as written, checking only that it is JSON, and the relay and the change
     * feed read back these very bytes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(List<Prepared> events) {
        if (events.isEmpty()) {
            return;
        }
        if (events.size() >= COPY_FROM) {
            copy(events);
        } else {
            insert(events);
        }
        wakeRelayOnCommit();
    }

    private static final List<String> COLUMNS = List.of("id", "aggregate_type", "aggregate_id", "type", "topic",
            "area_code", "fiscal_year", "academic_year", "occurred_at", "payload");

    /** The events as rows of one {@code COPY} (the insertion order, hence {@code seq}, is the list's). */
    void copy(List<Prepared> events) {
        sql.copy("outbox_event", COLUMNS, w -> {
            for (Prepared e : events) {
                w.text(e.id().toString()).text(e.subject().aggregateType()).text(e.subject().aggregateId())
                        .text(e.type()).text(e.topic()).text(e.subject().areaCode()).num(e.subject().fiscalYear())
                        .num(e.subject().academicYear()).text(e.time().toString()).text(e.json()).end();
            }
        });
    }

    /** The events as one batch of inserts (a single event: one insert). */
    void insert(List<Prepared> events) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     insert into outbox_event (id, aggregate_type, aggregate_id, type, topic, area_code,
                                               fiscal_year, academic_year, occurred_at, payload)
                     values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as json))""")) {
            for (Prepared e : events) {
                ps.setObject(1, e.id());
                ps.setString(2, e.subject().aggregateType());
                ps.setString(3, e.subject().aggregateId());
                ps.setString(4, e.type());
                ps.setString(5, e.topic());
                ps.setString(6, e.subject().areaCode());
                setInt(ps, 7, e.subject().fiscalYear());
                setInt(ps, 8, e.subject().academicYear());
                ps.setObject(9, e.time());
                ps.setString(10, e.json());
                if (events.size() == 1) {
                    ps.executeUpdate();
                } else {
                    ps.addBatch();
                }
            }
            if (events.size() > 1) {
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write outbox event " + events.get(0).type(), e);
        }
    }

    /** Once per transaction: when it commits, the relay starts a round at once instead of at its next poll. */
    private void wakeRelayOnCommit() {
        if (!config.outbox().wakeOnCommit() || transactions.getResource(Outbox.class) != null) {
            return;
        }
        transactions.putResource(Outbox.class, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }
}
