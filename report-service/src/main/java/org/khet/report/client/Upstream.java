package org.khet.report.client;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.lang.reflect.Method;

/** The four services the report is composed from, each read through its REST client ({@code configKey}). */
public enum Upstream {
    SCHOOL("school", "school-service"),
    ASSESSMENT("assessment", "assessment-service"),
    BUDGET("budget", "budget-service"),
    PROJECT("project", "project-service");

    private final String configKey;
    private final String serviceName;

    Upstream(String configKey, String serviceName) {
        this.configKey = configKey;
        this.serviceName = serviceName;
    }

    /** The REST client's key: {@code quarkus.rest-client.<key>.url}. */
    public String configKey() {
        return configKey;
    }

    public String serviceName() {
        return serviceName;
    }

    /** The upstream a REST client method belongs to, by its interface's {@code @RegisterRestClient(configKey)}. */
    static Upstream of(Method clientMethod) {
        RegisterRestClient r = clientMethod == null ? null
                : clientMethod.getDeclaringClass().getAnnotation(RegisterRestClient.class);
        if (r != null) {
            for (Upstream u : values()) {
                if (u.configKey.equals(r.configKey())) {
                    return u;
                }
            }
        }
        throw new IllegalStateException("no upstream for " + clientMethod);
    }
}
