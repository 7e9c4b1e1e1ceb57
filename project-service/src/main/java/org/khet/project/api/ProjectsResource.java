package org.khet.project.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.khet.kit.etag.ETags;
import org.khet.kit.problem.ProblemException;
import org.khet.contracts.read.project.PhotoView;
import org.khet.project.api.ProjectDtos.ProjectInput;
import org.khet.contracts.read.project.ProjectView;
import org.khet.project.api.ProjectDtos.ResultsInput;
import org.khet.project.api.ProjectDtos.SpendInput;
import org.khet.project.service.PhotoService;
import org.khet.project.service.ProjectService;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

/** One project: read, replace, record spend and results, delete (If-Match on every change), and its photos. */
@Path("/v1/projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "projects")
public class ProjectsResource {
    private final ProjectService service;
    private final PhotoService photos;

    public ProjectsResource(ProjectService service, PhotoService photos) {
        this.service = service;
        this.photos = photos;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A project with its computed remaining, results and photos; ETag for If-Match")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        ProjectView v = service.get(id);
        return Preconditions.read(request, v, ETags.of(v.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a project's data (If-Match: its ETag; stale → 412)")
    public Response replace(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                            @Context Request request, ProjectInput in) {
        return withTag(service.replace(id, Preconditions.ifMatch(request, ifMatch), in));
    }

    @PUT
    @Path("/{id}/spend")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the actual spend (ใช้จริง), cumulative; publishes project.ProjectSpendRecorded.v1")
    public Response spend(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                          @Context Request request, SpendInput in) {
        return withTag(service.recordSpend(id, Preconditions.ifMatch(request, ifMatch), in));
    }

    @PUT
    @Path("/{id}/results")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record status, achieved and results; publishes project.ProjectResultRecorded.v1")
    public Response results(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                            @Context Request request, ResultsInput in) {
        return withTag(service.recordResults(id, Preconditions.ifMatch(request, ifMatch), in));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a project entered by mistake (If-Match)")
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @Context Request request) {
        service.delete(id, Preconditions.ifMatch(request, ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/photos")
    @Operation(summary = "The project's activity photos")
    public List<PhotoView> photos(@PathParam("id") UUID id) {
        return photos.list(id);
    }

    @POST
    @Path("/{id}/photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Upload an activity photo as multipart (part 'file', optional part 'caption'); JPEG, PNG or "
            + "WebP by content; too large → 413, not an image → 415")
    public Response uploadMultipart(@PathParam("id") UUID id, @RestForm("file") FileUpload file,
                                    @RestForm("caption") String caption) {
        if (file == null) {
            throw ProblemException.validation("the multipart request has no part named 'file'",
                    List.of(org.khet.kit.problem.Problem.FieldError.field("file", "is required (the photo's bytes)")));
        }
        byte[] data;
        try {
            data = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw ProblemException.badRequest("the uploaded file cannot be read");
        }
        return created(photos.add(id, data, caption));
    }

    @POST
    @Path("/{id}/photos")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload an activity photo as the raw request body (?caption=)")
    public Response uploadRaw(@PathParam("id") UUID id, @QueryParam("caption") String caption, byte[] body) {
        return created(photos.add(id, body, caption));
    }

    @GET
    @Path("/{id}/photos/{photoId}")
    @Produces({"image/jpeg", "image/png", "image/webp", MediaType.APPLICATION_JSON})
    @Operation(summary = "The photo's bytes with its content type")
    public Response photo(@PathParam("id") UUID id, @PathParam("photoId") UUID photoId, @Context Request request) {
        PhotoService.PhotoBytes b = photos.bytes(id, photoId);
        return Preconditions.read(request, b.data(), new EntityTag(b.sha256())).type(b.contentType())
                .header("Cache-Control", "private, max-age=86400")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @DELETE
    @Path("/{id}/photos/{photoId}")
    @Operation(summary = "Remove a photo")
    public Response deletePhoto(@PathParam("id") UUID id, @PathParam("photoId") UUID photoId) {
        photos.delete(id, photoId);
        return Response.noContent().build();
    }

    private static Response created(PhotoView v) {
        return Response.created(URI.create(v.href())).entity(v).build();
    }

    private static Response withTag(ProjectView v) {
        return Response.ok(v).tag(ETags.of(v.version())).build();
    }
}
