package org.khet.kit;

import io.quarkus.test.common.QuarkusTestResource;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

/** The real PostgreSQL and Kafka broker, shared by every @QuarkusTest of this module. */
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
public final class KitTestResources {
    private KitTestResources() {
    }
}
