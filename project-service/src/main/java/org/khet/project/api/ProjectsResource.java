package org.khet.project.api;

import org.khet.kit.etag.Conditional;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.khet.kit.etag.ETags;
import org.khet.kit.problem.Problem;
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
@Tag(name = "projects", description = ApiDocs.PROJECTS_TAG)
public class ProjectsResource {
    private static final String UPLOAD = "JPEG, PNG or WebP, told by its content. As multipart/form-data (part 'file', "
            + "optional part 'caption'), or as the raw request body with ?caption=. Publishes "
            + "project.ProjectPhotoAdded.v1.";

    private final ProjectService service;
    private final PhotoService photos;

    public ProjectsResource(ProjectService service, PhotoService photos) {
        this.service = service;
        this.photos = photos;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getProject", summary = "Get a project",
            description = "With its computed remaining and spent %, results and photos; its ETag is for If-Match and "
                    + "If-None-Match.")
    @APIResponse(responseCode = "200", description = "The project, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED)
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        ProjectView v = service.get(id);
        return Conditional.read(request, ETags.of(v.version()), v).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceProject", summary = "Replace a project's data",
            description = "If-Match: its ETag (stale: 412). Publishes what changed (ProjectUpdated, ProjectSpendRecorded, "
                    + "ProjectResultRecorded); the same data again changes nothing.")
    @APIResponse(responseCode = "200", description = "The project as stored, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "412", description = ApiDocs.STALE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "Another project of the area already has that plan kind and number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response replace(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                            @Context Request request, ProjectInput in) {
        return withTag(service.replace(id, Conditional.change(request, ifMatch), in));
    }

    @PUT
    @Path("/{id}/spend")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordProjectSpend", summary = "Record a project's actual spend",
            description = "The spend (ใช้จริง) as now known, cumulative, with the remainder the source reported; "
                    + "publishes project.ProjectSpendRecorded.v1. If-Match: its ETag.")
    @APIResponse(responseCode = "200", description = "The project as stored, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "412", description = ApiDocs.STALE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response spend(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                          @Context Request request, SpendInput in) {
        return withTag(service.recordSpend(id, Conditional.change(request, ifMatch), in));
    }

    @PUT
    @Path("/{id}/results")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordProjectResults", summary = "Record a project's status, achievement and results",
            description = "Replaces its results, problems and suggestions; publishes project.ProjectResultRecorded.v1. "
                    + "If-Match: its ETag.")
    @APIResponse(responseCode = "200", description = "The project as stored, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "412", description = ApiDocs.STALE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response results(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                            @Context Request request, ResultsInput in) {
        return withTag(service.recordResults(id, Conditional.change(request, ifMatch), in));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteProject", summary = "Delete a project entered by mistake",
            description = "If-Match: its ETag. Publishes project.ProjectDeleted.v1; its photos go with it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "412", description = ApiDocs.STALE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @Context Request request) {
        service.delete(id, Conditional.change(request, ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/photos")
    @Operation(operationId = "listProjectPhotos", summary = "List a project's activity photos")
    public List<PhotoView> photos(@PathParam("id") UUID id) {
        return photos.list(id);
    }

    @POST
    @Path("/{id}/photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "addProjectPhoto", summary = "Upload an activity photo", description = UPLOAD)
    @APIResponse(responseCode = "201", description = "The photo as stored; its bytes are at its href",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PhotoView.class)))
    @APIResponse(responseCode = "413", description = "The photo is larger than khet.project.photos.max-bytes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "415", description = "The file is not a JPEG, PNG or WebP image by its content")
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
    @Operation(operationId = "addProjectPhoto", summary = "Upload an activity photo", description = UPLOAD)
    @APIResponse(responseCode = "201", description = "The photo as stored; its bytes are at its href",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PhotoView.class)))
    @APIResponse(responseCode = "413", description = "The photo is larger than khet.project.photos.max-bytes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "415", description = "The file is not a JPEG, PNG or WebP image by its content")
    public Response uploadRaw(@PathParam("id") UUID id, @QueryParam("caption") String caption, byte[] body) {
        return created(photos.add(id, body, caption));
    }

    @GET
    @Path("/{id}/photos/{photoId}")
    @Produces({"image/jpeg", "image/png", "image/webp", MediaType.APPLICATION_JSON})
    @Operation(operationId = "getProjectPhoto", summary = "Get a photo's bytes",
            description = "With its content type; its ETag is its SHA-256.")
    @APIResponse(responseCode = "200", description = "The photo", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED)
    public Response photo(@PathParam("id") UUID id, @PathParam("photoId") UUID photoId, @Context Request request) {
        PhotoService.PhotoBytes b = photos.bytes(id, photoId);
        return Conditional.read(request, new EntityTag(b.sha256()), b.data()).type(b.contentType())
                .header("Cache-Control", "private, max-age=86400")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @DELETE
    @Path("/{id}/photos/{photoId}")
    @Operation(operationId = "deleteProjectPhoto", summary = "Remove a photo",
            description = "Publishes project.ProjectPhotoRemoved.v1.")
    @APIResponse(responseCode = "204", description = "Removed")
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
