package org.khet.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * The Kafka broker process, started once per test JVM. Register it with
 * {@code @QuarkusTestResource(KafkaResource.class)}; {@link #broker()} gives tests the process to stop and
 * start (outage tests) and its address.
 */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {
    private static KafkaBrokerProcess broker;

    public static synchronized KafkaBrokerProcess broker() {
        if (broker == null) {
            broker = new KafkaBrokerProcess(KafkaBrokerProcess.newDataDir());
            Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "kafka-broker-stop"));
        }
        broker.start();
        return broker;
    }

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", broker().bootstrapServers());
    }

    @Override
    public void stop() {
        // kept for the whole JVM; the shutdown hook stops it
    }
}
