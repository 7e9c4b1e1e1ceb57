package org.khet.contracts.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A versioned event type name: {@code <service>.<Name>.v<N>}, e.g. {@code school.SchoolRegistered.v1}.
 * The service part names the owning service and so the topic ({@code khet.<service>}).
 */
public record EventType(String service, String name, int version) {
    private static final Pattern FORMAT = Pattern.compile("([a-z][a-z0-9-]*)\\.([A-Z][A-Za-z0-9]*)\\.v([1-9][0-9]*)");

    public EventType {
        if (!Topics.SERVICES.contains(service)) {
            throw new IllegalArgumentException("unknown owning service '" + service + "', expected one of " + Topics.SERVICES);
        }
        if (!name.matches("[A-Z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("event name '" + name + "' must be UpperCamelCase");
        }
        if (version < 1) {
            throw new IllegalArgumentException("event version must be 1 or more");
        }
    }

    public static EventType parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an event type of the form <service>.<Name>.v<N>");
        }
        return new EventType(m.group(1), m.group(2), Integer.parseInt(m.group(3)));
    }

    public static EventType of(String service, String name, int version) {
        return new EventType(service, name, version);
    }

    public String topic() {
        return Topics.of(service);
    }

    @Override
    public String toString() {
        return service + "." + name + ".v" + version;
    }
}
