package org.khet.kit.consumer;

import io.agroal.api.AgroalDataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.khet.contracts.events.CloudEvent;
import org.khet.testkit.KafkaResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Properties;

/** The consumer tests' effect (a row of {@code widget_effect} per handled event) and their producer. */
final class WidgetEffects {
    private WidgetEffects() {
    }

    static KafkaProducer<String, String> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaResource.broker().bootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(p);
    }

    static void insert(AgroalDataSource ds, CloudEvent e) {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("insert into widget_effect (event_id, widget) values (?, ?)")) {
            ps.setString(1, e.id());
            ps.setString(2, e.subject());
            ps.executeUpdate();
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    static int count(AgroalDataSource ds, String widget) throws Exception {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("select count(*) from widget_effect where widget = ?")) {
            ps.setString(1, widget);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
