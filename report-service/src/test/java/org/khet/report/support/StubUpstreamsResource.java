package org.khet.report.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Points report-service at the stub upstreams (the same keys ./khet sets from KHET_*_URL). */
public class StubUpstreamsResource implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
        StubUpstreams s = StubUpstreams.get();
        return Map.of(
                "khet.report.upstreams.school", s.url("school"),
                "khet.report.upstreams.assessment", s.url("assessment"),
                "khet.report.upstreams.budget", s.url("budget"),
                "khet.report.upstreams.project", s.url("project"),
                "khet.report.cache.consumer-group", "khet-report-cache-test");
    }

    @Override
    public void stop() {
        // shared by every test class of the JVM
    }
}
