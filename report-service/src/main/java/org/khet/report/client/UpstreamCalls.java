package org.khet.report.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.khet.kit.problem.ProblemException;
import org.khet.report.config.ReportConfig;

import java.net.ConnectException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Turns an upstream call's outcome into what the composer works with: the answer; null for "no data" (404); or a
 * problem naming the service — 502 when it answered wrongly (an error status, an empty 200, a body that does not fit
 * the read contract), 503 when it could not be reached, did not answer in time, or keeps failing (circuit open).
 */
@ApplicationScoped
public class UpstreamCalls {
    private final ReportConfig.Upstreams urls;
    /** Calls started per upstream since start (for the national report's phase log). */
    private final Map<Upstream, LongAdder> started = new EnumMap<>(Upstream.class);

    public UpstreamCalls(ReportConfig config) {
        this.urls = config.upstreams();
        for (Upstream u : Upstream.values()) {
            started.put(u, new LongAdder());
        }
    }

    /** How many calls were started to each upstream since this service started. */
    public Map<Upstream, Long> started() {
        Map<Upstream, Long> out = new EnumMap<>(Upstream.class);
        started.forEach((u, n) -> out.put(u, n.sum()));
        return out;
    }

    /** Which failures are worth one more try: a refused connection (the service is restarting), nothing else. */
    public static final class Refused implements Predicate<Throwable> {
        @Override
        public boolean test(Throwable t) {
            return cause(t, ConnectException.class) != null;
        }
    }

    /** Starts {@code call} to {@code upstream}; the future completes with the answer, null for 404, or a problem. */
    public <T> CompletableFuture<T> call(Upstream upstream, Supplier<CompletionStage<T>> call) {
        started.get(upstream).increment();
        CompletionStage<T> stage;
        try {
            stage = call.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(problem(upstream, e));
        }
        return stage.toCompletableFuture().handle((answer, failure) -> {
            if (failure == null) {
                return answer;
            }
            if (cause(failure, UpstreamAnswers.NoData.class) != null) {
                return null;
            }
            throw problem(upstream, failure);
        });
    }

    ProblemException problem(Upstream upstream, Throwable failure) {
        ProblemException answered = cause(failure, ProblemException.class);
        if (answered != null) {
            return answered;
        }
        JsonProcessingException unfit = cause(failure, JsonProcessingException.class);
        if (unfit != null) {
            return UpstreamAnswers.failed(upstream.serviceName() + " answered with a body that does not fit its read contract: "
                    + unfit.getOriginalMessage());
        }
        String why;
        if (cause(failure, CircuitBreakerOpenException.class) != null) {
            why = "it failed repeatedly, so calls to it are paused for a few seconds";
        } else if (cause(failure, TimeoutException.class) != null || cause(failure, java.util.concurrent.TimeoutException.class) != null) {
            why = "no answer in time";
        } else {
            Throwable root = failure;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            why = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        }
        return new ProblemException(503, "upstream-unavailable", "An upstream service is unavailable",
                upstream.serviceName() + " is not available at " + baseUrl(upstream) + " (" + why
                        + "); the report cannot be composed without it", null);
    }

    private String baseUrl(Upstream upstream) {
        return switch (upstream) {
            case SCHOOL -> urls.school();
            case ASSESSMENT -> urls.assessment();
            case BUDGET -> urls.budget();
            case PROJECT -> urls.project();
        };
    }

    static <X extends Throwable> X cause(Throwable t, Class<X> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}
