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
import org.khet.contracts.read.assessment.AreaEvaluationsView;
import org.khet.contracts.read.assessment.AreaTestsView;

import java.util.concurrent.CompletionStage;

/** assessment-service, as the report reads it: the national tests and the evaluations (guarded as {@link SchoolClient}). */
@RegisterRestClient(configKey = "assessment")
@RegisterProvider(UpstreamAnswers.class)
@Timeout
@Retry
@RetryWhen(exception = UpstreamCalls.Refused.class)
@CircuitBreaker(skipOn = UpstreamAnswers.NoData.class)
@Path("/v1/areas/{area}")
@Produces(MediaType.APPLICATION_JSON)
public interface AssessmentClient {

    @GET
    @Path("/tests")
    CompletionStage<AreaTestsView> tests(@PathParam("area") String area, @QueryParam("academicYear") int academicYear,
                                         @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(UpstreamReads.HEADER) String read);

    @GET
    @Path("/evaluations")
    CompletionStage<AreaEvaluationsView> evaluations(@PathParam("area") String area, @QueryParam("fiscalYear") int fiscalYear,
                                                     @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(UpstreamReads.HEADER) String read);

    @ClientObjectMapper
    static ObjectMapper objectMapper(ObjectMapper base) {
        return UpstreamJson.reader(base);
    }
}
