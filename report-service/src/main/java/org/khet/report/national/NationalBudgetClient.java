package org.khet.report.national;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;
import io.smallrye.faulttolerance.api.RetryWhen;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.khet.report.client.UpstreamAnswers;
import org.khet.report.client.UpstreamCalls;
import org.khet.report.client.UpstreamJson;
import org.khet.contracts.read.national.NationalBudgetView;

import java.util.concurrent.CompletionStage;

/** budget-service's national budget roll-up, as the national report reads it. */
@RegisterRestClient(configKey = "budget")
@RegisterProvider(UpstreamAnswers.class)
@Timeout
@Retry
@RetryWhen(exception = UpstreamCalls.Refused.class)
@CircuitBreaker(skipOn = UpstreamAnswers.NoData.class)
@Path("/v1/national")
@Produces(MediaType.APPLICATION_JSON)
public interface NationalBudgetClient {

    @GET
    @Path("/budget")
    CompletionStage<NationalBudgetView> budget(@QueryParam("fiscalYear") int fiscalYear,
                                               @QueryParam("affiliation") String affiliation,
                                               @QueryParam("province") String province,
                                               @QueryParam("page") int page, @QueryParam("size") int size,
                                               @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @ClientObjectMapper
    static ObjectMapper objectMapper(ObjectMapper base) {
        return UpstreamJson.reader(base);
    }
}
