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
import org.khet.contracts.read.national.NationalEnrolmentView;
import org.khet.contracts.read.school.AreaProfile;

import java.util.List;
import java.util.concurrent.CompletionStage;

/** school-service's national enrolment roll-up and its list of areas, as the national report reads it (guarded as every upstream client). */
@RegisterRestClient(configKey = "school")
@RegisterProvider(UpstreamAnswers.class)
@Timeout
@Retry
@RetryWhen(exception = UpstreamCalls.Refused.class)
@CircuitBreaker(skipOn = UpstreamAnswers.NoData.class)
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface NationalSchoolClient {

    @GET
    @Path("/national/enrolment")
    CompletionStage<NationalEnrolmentView> enrolment(@QueryParam("academicYear") int academicYear,
                                                     @QueryParam("affiliation") String affiliation,
                                                     @QueryParam("province") String province,
                                                     @QueryParam("page") int page, @QueryParam("size") int size,
                                                     @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    /** Every registered area's profile (the national findings' list of areas). */
    @GET
    @Path("/areas")
    CompletionStage<List<AreaProfile>> areas(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @ClientObjectMapper
    static ObjectMapper objectMapper(ObjectMapper base) {
        return UpstreamJson.reader(base);
    }
}
