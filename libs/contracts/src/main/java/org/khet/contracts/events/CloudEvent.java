package org.khet.contracts.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;

/**
 * The CloudEvents 1.0 envelope in structured JSON mode (content type {@code application/cloudevents+json}),
 * as Khet puts it on Kafka and in every service's change feed.
 * <p>
 * Khet's extension attributes (lower-case, as the spec requires) let consumers filter without reading
 * {@code data}: {@code areacode}, {@code fiscalyear}, {@code academicyear}, and the writer as
 * {@code actor}. {@code subject} is the aggregate id, which is also the Kafka key.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        String areacode,
        Integer fiscalyear,
        Integer academicyear,
        String actor,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json";

    public CloudEvent {
        if (!SPEC_VERSION.equals(specversion)) {
            throw new IllegalArgumentException("specversion must be 1.0");
        }
        if (id == null || id.isBlank() || source == null || source.isBlank() || type == null || type.isBlank()) {
            throw new IllegalArgumentException("id, source and type are required CloudEvents attributes");
        }
    }

    public EventType eventType() {
        return EventType.parse(type);
    }
}
