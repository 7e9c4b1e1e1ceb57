package org.khet.assessment.rounds;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.khet.contracts.events.EventJson;
import org.khet.contracts.events.Topics;
import org.khet.contracts.events.school.EnrolmentSubmitted;
import org.khet.contracts.events.school.EnrolmentSubmittedV2;
import org.khet.contracts.events.school.NetworkChanged;
import org.khet.kit.consumer.EventConsumer;
import org.khet.kit.consumer.ProcessedEvents;
import org.khet.kit.sql.Sql;

import java.util.List;

/**
 * What the schools' test results in rounds need of school-service's facts, kept from its topic by the kit's
 * idempotent consumer (group {@code khet-assessment-school-replica}): each school's students by grade of each
 * enrolment round ({@code school.EnrolmentSubmitted.v2}, and v1 as published before ADR 0046, for the rule
 * {@code takers-above-enrolment}) and the area's networks with their memberships ({@code school.NetworkChanged.v1}, for completeness per network). Reading
 * school-service's API instead would make a test-results feed fail whenever school-service is down (ADR 0020).
 */
@ApplicationScoped
public class SchoolReplica {
    static final String CONSUMER = "khet-assessment-school-replica";

    private final Sql sql;
    private final ProcessedEvents processed;
    private final String bootstrapServers;
    private EventConsumer consumer;

    public SchoolReplica(Sql sql, ProcessedEvents processed,
                         @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrapServers) {
        this.sql = sql;
        this.processed = processed;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Replaces each listed school's round with its grades as the event carries them (school-service replaces a round
     * whole); a school without grades (an event older than the field) is left as it is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EnrolmentSubmitted e) {
        for (EnrolmentSubmitted.SchoolTotal s : e.schools()) {
            if (s.grades() == null) {
                continue;
            }
            replace(s.schoolCode(), e.academicYear(), e.round(),
                    s.grades().stream().map(EnrolmentSubmitted.GradeCount::grade).toArray(String[]::new),
                    s.grades().stream().map(EnrolmentSubmitted.GradeCount::students).toArray(Integer[]::new));
        }
    }

    /** As v1: each listed school's round replaced with its grades (v2 writes them as one object, grade to students). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EnrolmentSubmittedV2 e) {
        for (EnrolmentSubmittedV2.School s : e.schools()) {
            if (s.grades() == null) {
                continue;
            }
            replace(s.schoolCode(), e.academicYear(), e.round(), s.grades().keySet().toArray(String[]::new),
                    s.grades().values().toArray(Integer[]::new));
        }
    }

    private void replace(String school, int academicYear, int round, String[] grades, Integer[] students) {
        sql.update("delete from replica_enrolment_grade where school_code = ? and academic_year = ? and round = ?",
                school, academicYear, round);
        sql.update("""
                insert into replica_enrolment_grade (school_code, academic_year, round, grade, students)
                select ?, ?, ?, g, n from unnest(?, ?) as t(g, n)""", school, academicYear, round, grades, students);
    }

    /** The network as now recorded, its memberships replaced whole. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(NetworkChanged n) {
        sql.update("""
                insert into replica_network (code, area_code, name_th, kind, updated_at) values (?, ?, ?, ?, now())
                on conflict (code) do update set area_code = excluded.area_code, name_th = excluded.name_th,
                    kind = excluded.kind, updated_at = now()""", n.code(), n.areaCode(), n.nameTh(), n.kind());
        sql.update("delete from replica_network_member where network_code = ?", n.code());
        List<NetworkChanged.Member> members = n.members() == null ? List.of() : n.members();
        sql.update("""
                insert into replica_network_member (network_code, school_code, from_year, to_year)
                select ?, s, f, t from unnest(?, ?, ?) as m(s, f, t)""", n.code(),
                members.stream().map(NetworkChanged.Member::schoolCode).toArray(String[]::new),
                members.stream().map(NetworkChanged.Member::fromYear).toArray(Integer[]::new),
                members.stream().map(NetworkChanged.Member::toYear).toArray(Integer[]::new));
    }

    void onStart(@Observes StartupEvent ev) {
        consumer = EventConsumer.named(CONSUMER, bootstrapServers)
                .topics(Topics.SCHOOL).types(EnrolmentSubmitted.TYPE, EnrolmentSubmittedV2.TYPE, NetworkChanged.TYPE)
                .processed(processed).patient()
                .handler(e -> {
                    if (EnrolmentSubmittedV2.TYPE.equals(e.type())) {
                        apply(EventJson.data(e, EnrolmentSubmittedV2.class));
                    } else if (EnrolmentSubmitted.TYPE.equals(e.type())) {
                        apply(EventJson.data(e, EnrolmentSubmitted.class));
                    } else if (NetworkChanged.TYPE.equals(e.type())) {
                        apply(EventJson.data(e, NetworkChanged.class));
                    }
                })
                .start();
    }

    void onStop(@Observes ShutdownEvent ev) {
        if (consumer != null) {
            consumer.close();
        }
    }
}
