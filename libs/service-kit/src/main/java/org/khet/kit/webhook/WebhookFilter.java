package org.khet.kit.webhook;

import org.khet.contracts.events.Topics;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which events a subscription receives: its event types, each an exact type ({@code school.DistrictChanged.v1}),
 * every version of a name ({@code school.DistrictChanged.*}), every event of a service ({@code assessment.*}) or
 * everything ({@code *}); and its areas, where an empty list takes every event (those of no area too) and a list
 * takes only the events of those areas (the CloudEvent's {@code areacode}).
 */
public record WebhookFilter(List<String> eventTypes, List<String> areaCodes) {
    private static final Pattern PATTERN =
            Pattern.compile("\\*|([a-z][a-z0-9-]*)\\.(\\*|[A-Z][A-Za-z0-9]*\\.(\\*|v[1-9][0-9]*))");

    public WebhookFilter {
        eventTypes = List.copyOf(eventTypes);
        areaCodes = List.copyOf(areaCodes);
    }

    /** Why a pattern is not one, or null when it is. */
    public static String patternProblem(String pattern) {
        Matcher m = PATTERN.matcher(pattern == null ? "" : pattern);
        if (!m.matches()) {
            return "'" + pattern + "' is not an event type (school.DistrictChanged.v1) or a wildcard of one "
                    + "(school.DistrictChanged.*, assessment.*, *)";
        }
        if (m.group(1) != null && !Topics.SERVICES.contains(m.group(1))) {
            return "'" + pattern + "' names no service: the services are " + Topics.SERVICES;
        }
        return null;
    }

    public boolean matches(String type, String areaCode) {
        if (!areaCodes.isEmpty() && (areaCode == null || !areaCodes.contains(areaCode))) {
            return false;
        }
        return eventTypes.stream().anyMatch(p -> typeMatches(p, type));
    }

    static boolean typeMatches(String pattern, String type) {
        if (pattern.endsWith("*")) {
            return type.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return pattern.equals(type);
    }
}
