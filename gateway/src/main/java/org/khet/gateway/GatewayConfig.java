package org.khet.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The gateway's typed route table ({@code khet.gateway.*}). */
@ConfigMapping(prefix = "khet.gateway")
public interface GatewayConfig {

    /** Base URL of each service by name. */
    Map<String, URI> services();

    /** Ordered routes; the first whose pattern matches the path after {@code /api} wins. */
    List<RouteConfig> routes();

    /** How long the gateway waits for a service's answer before a 504. */
    @WithDefault("30s")
    Duration upstreamTimeout();

    interface RouteConfig {
        /** A regular expression over the whole path after {@code /api}, e.g. {@code /v1/reports(/.*)?}. */
        String pattern();

        /** The service name, or {@code $1} for the pattern's first group. */
        String service();

        /** The upstream path; by default the path after {@code /api} unchanged. */
        Optional<String> rewrite();
    }
}
