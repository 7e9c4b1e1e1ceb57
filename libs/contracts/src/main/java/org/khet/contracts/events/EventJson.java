package org.khet.contracts.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one JSON mapping of events, shared by producers and consumers so both read the contract alike. */
public final class EventJson {
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            // amounts in event data stay exact when a consumer reads the tree rather than a record
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private EventJson() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write event JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static CloudEvent read(String json) {
        try {
            return MAPPER.readValue(json, CloudEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a CloudEvents JSON document: " + e.getOriginalMessage(), e);
        }
    }

    public static <T> T data(CloudEvent event, Class<T> type) {
        try {
            return MAPPER.treeToValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event " + event.id() + " data is not a " + type.getSimpleName(), e);
        }
    }
}
