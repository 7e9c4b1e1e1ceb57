package org.khet.gateway;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Optional;

/**
 * Installs the proxy route on {@code /api/*}: a path the route table knows goes to its service, anything else is
 * a 404 problem.
 */
@ApplicationScoped
public class ProxyRoutes {
    private final RouteTable table;
    private final GatewayConfig config;

    public ProxyRoutes(RouteTable table, GatewayConfig config) {
        this.table = table;
        this.config = config;
    }

    void install(@Observes Router router, Vertx vertx) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(true)
                .setMaxPoolSize(200)
                .setConnectTimeout(2000));
        Forwarder forwarder = new Forwarder(client, config);
        router.route(RouteTable.PREFIX + "/*").order(10).handler(rc -> forward(rc, forwarder));
    }

    private void forward(RoutingContext rc, Forwarder forwarder) {
        Optional<RouteTable.Target> target = table.resolve(rc.normalizedPath());
        if (target.isEmpty()) {
            Problems.send(rc, 404, "not-found", "Not found", "no service serves " + rc.normalizedPath());
            return;
        }
        forwarder.forward(rc, target.get());
    }
}
