package org.khet.kit.fault;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import org.khet.testkit.DurablePostgres;

import java.util.List;
import java.util.Map;

/**
 * The kit's test app on a PostgreSQL of its own with production durability settings (the test kit's
 * {@link DurablePostgres}), which the fault tests crash and restart. No broker: the outbox keeps its rows.
 */
public class DurableDatabaseProfile implements QuarkusTestProfile {
    static final DurablePostgres PG = new DurablePostgres();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "khet.outbox.relay-enabled", "false",
                "khet.org-replica.enabled", "false");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Resource.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }

    public static class Resource implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            PG.start();
            return Map.of(
                    "quarkus.datasource.jdbc.url", PG.jdbcUrl(),
                    "quarkus.datasource.username", "postgres",
                    "quarkus.datasource.password", "postgres");
        }

        @Override
        public void stop() {
            PG.stop();
        }
    }
}
