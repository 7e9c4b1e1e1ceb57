package org.khet.report.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import io.smallrye.faulttolerance.api.RetryWhen;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.khet.contracts.read.school.AreaProfile;
import org.khet.contracts.read.school.AreaSummary;
import org.khet.contracts.read.school.OfficeStaffMember;
import org.khet.contracts.read.school.SchoolNetwork;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * school-service, as the report reads it: the office's profile, its networks, its staff register and the area summary. Every upstream
 * client is guarded alike (the figures are in application.properties): a time limit per call, a retry of a refused
 * connection only (a GET is idempotent, and a service restarting refuses for a moment), and a circuit breaker that
 * stops calling a service that keeps failing; 404 ("no data") is an answer, not a failure.
 */
@RegisterRestClient(configKey = "school")
@RegisterProvider(UpstreamAnswers.class)
@Timeout
@Retry
@RetryWhen(exception = UpstreamCalls.Refused.class)
@CircuitBreaker(skipOn = UpstreamAnswers.NoData.class)
@Path("/v1/areas/{area}")
@Produces(MediaType.APPLICATION_JSON)
public interface SchoolClient {

    @GET
    CompletionStage<AreaProfile> area(@PathParam("area") String area,
                                      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(UpstreamReads.HEADER) String read);

    @GET
    @Path("/networks")
    CompletionStage<List<SchoolNetwork>> networks(@PathParam("area") String area,
                                                  @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(UpstreamReads.HEADER) String read);

    @GET
    @Path("/staff")
    CompletionStage<List<OfficeStaffMember>> staff(@PathParam("area") String area,
                                                   @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(UpstreamReads.HEADER) String read);

    @GET
    @Path("/summary")
    CompletionStage<AreaSummary> summary(@PathParam("area") String area, @QueryParam("academicYear") int academicYear,
                                         @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(UpstreamReads.HEADER) String read);

    @ClientObjectMapper
    static ObjectMapper objectMapper(ObjectMapper base) {
        return UpstreamJson.reader(base);
    }
}
