package org.khet.report.client;

/** The four services the report is composed from. */
public enum Upstream {
    SCHOOL("school-service"),
    ASSESSMENT("assessment-service"),
    BUDGET("budget-service"),
    PROJECT("project-service");

    private final String serviceName;

    Upstream(String serviceName) {
        this.serviceName = serviceName;
    }

    public String serviceName() {
        return serviceName;
    }
}
