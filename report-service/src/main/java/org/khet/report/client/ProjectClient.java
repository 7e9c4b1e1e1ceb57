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
import org.khet.contracts.read.project.ProjectSummary;
import org.khet.contracts.read.project.ProjectView;
import org.khet.contracts.read.project.StrategicPlanView;
import org.khet.contracts.read.Page;

import java.util.concurrent.CompletionStage;

/**
 * project-service, as the report reads it: the project summary, the projects in full (paged) and the strategic plan
 * (guarded as {@link SchoolClient}).
 */
@RegisterRestClient(configKey = "project")
@RegisterProvider(UpstreamAnswers.class)
@Timeout
@Retry
@RetryWhen(exception = UpstreamCalls.Refused.class)
@CircuitBreaker(skipOn = UpstreamAnswers.NoData.class)
@Path("/v1/areas/{area}")
@Produces(MediaType.APPLICATION_JSON)
public interface ProjectClient {

    @GET
    @Path("/projects/summary")
    CompletionStage<ProjectSummary> summary(@PathParam("area") String area, @QueryParam("fiscalYear") int fiscalYear,
                                            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(UpstreamReads.HEADER) String read);

    /** One page of the projects; {@code page} null is the first. */
    @GET
    @Path("/projects")
    CompletionStage<Page<ProjectView>> projects(@PathParam("area") String area, @QueryParam("fiscalYear") int fiscalYear,
                                                @QueryParam("size") int size, @QueryParam("page") Integer page,
                                                @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(UpstreamReads.HEADER) String read);

    @GET
    @Path("/strategic-plan/{fiscalYear}")
    CompletionStage<StrategicPlanView> strategicPlan(@PathParam("area") String area, @PathParam("fiscalYear") int fiscalYear,
                                                     @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(UpstreamReads.HEADER) String read);

    @ClientObjectMapper
    static ObjectMapper objectMapper(ObjectMapper base) {
        return UpstreamJson.reader(base);
    }
}
