package org.khet.report.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;
import io.smallrye.faulttolerance.api.RetryWhen;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.khet.contracts.read.budget.AreaBudgetView;

import java.util.concurrent.CompletionStage;

/** budget-service, as the report reads it: the area's budget of a fiscal year (guarded as {@link SchoolClient}). */
@RegisterRestClient(configKey = "budget")
@RegisterProvider(UpstreamAnswers.class)
@Timeout
@Retry
@RetryWhen(exception = UpstreamCalls.Refused.class)
@CircuitBreaker(skipOn = UpstreamAnswers.NoData.class)
@Path("/v1/areas/{area}")
@Produces(MediaType.APPLICATION_JSON)
public interface BudgetClient {

    @GET
    @Path("/budget")
    CompletionStage<AreaBudgetView> budget(@PathParam("area") String area, @QueryParam("fiscalYear") int fiscalYear,
                                           @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(UpstreamReads.HEADER) String read);

    @ClientObjectMapper
    static ObjectMapper objectMapper(ObjectMapper base) {
        return UpstreamJson.reader(base);
    }
}
