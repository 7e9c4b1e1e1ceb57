package org.khet.report.client;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.core.Response;
import io.quarkus.rest.client.reactive.runtime.ResteasyReactiveResponseExceptionMapper;
import org.jboss.resteasy.reactive.client.impl.RestClientRequestContext;
import org.khet.kit.problem.ProblemException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URI;

/**
 * How report-service takes an upstream's answer, on every REST client: 404 is "no data for this area and year"
 * ({@link NoData}, which the composer turns into an absent part); 503 stays a 503 (an outage behind the upstream, to
 * wait out); any other error status is a 502 problem naming
 * the service and the request; a 200 without a body is a 502 too — it is not "no data" (that is a 404), and composing
 * from it would print a report with a part silently missing.
 */
public class UpstreamAnswers implements ResteasyReactiveResponseExceptionMapper<RuntimeException>, ClientResponseFilter {

    /** The upstream has no data for what was asked (it answered 404). */
    public static final class NoData extends RuntimeException {
        NoData(String detail) {
            super(detail, null, false, false);
        }
    }

    @Override
    public RuntimeException toThrowable(Response response, RestClientRequestContext context) {
        Upstream upstream = Upstream.of(context.getInvokedMethod());
        String request = "GET " + pathAndQuery(context.getUri());
        if (response.getStatus() == 404) {
            return new NoData(upstream.serviceName() + " has no data for " + request);
        }
        if (response.getStatus() == 503) {
            // the upstream is up but its own dependency is not (its database, say): that is an outage to wait out,
            // not a wrong answer, so the report's reader gets 503 with Retry-After too
            return new ProblemException(503, "upstream-unavailable", "An upstream service is unavailable",
                    upstream.serviceName() + " answered 503 to " + request + " (it is up, but something it needs is not);"
                            + " the report cannot be composed without it", null);
        }
        return failed(upstream.serviceName() + " answered " + response.getStatus() + " to " + request);
    }

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) throws IOException {
        String recorder = request.getHeaderString(UpstreamReads.HEADER);
        if (response.getStatus() != 200) {
            if (recorder != null) {
                UpstreamReads.record(recorder, upstream(request), request.getMethod(), request.getUri(),
                        response.getStatus(), null, null);
            }
            return;
        }
        InputStream in = response.getEntityStream();
        byte[] body = in == null ? new byte[0] : in.readAllBytes();
        if (body.length == 0) {
            throw failed(upstream(request).serviceName() + " answered GET " + pathAndQuery(request.getUri())
                    + " with 200 and an empty body");
        }
        if (recorder != null) {
            UpstreamReads.record(recorder, upstream(request), request.getMethod(), request.getUri(), 200,
                    response.getHeaderString("ETag"), body);
        }
        response.setEntityStream(new ByteArrayInputStream(body));
    }

    private static Upstream upstream(ClientRequestContext request) {
        return Upstream.of((Method) request.getProperty(RestClientRequestContext.INVOKED_METHOD_PROP));
    }

    static ProblemException failed(String detail) {
        return new ProblemException(502, "upstream-error", "An upstream service failed", detail, null);
    }

    private static String pathAndQuery(URI uri) {
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
