package org.khet.kit.testapp;

import io.agroal.api.AgroalDataSource;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.khet.kit.outbox.Outbox;
import org.khet.kit.security.AccessControl;
import org.khet.kit.security.CurrentCaller;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/** Org-scoped writes and an open aggregate, the way a domain service uses {@link AccessControl}. */
@Path("/v1/test-notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NoteResource {
    public record NoteIn(String text) {
    }

    public record NoteOut(long id, String orgCode, String text, String createdBy, String eventId) {
    }

    private final AccessControl access;
    private final Outbox outbox;
    private final AgroalDataSource dataSource;
    private final CurrentCaller current;

    public NoteResource(AccessControl access, Outbox outbox, AgroalDataSource dataSource, CurrentCaller current) {
        this.access = access;
        this.outbox = outbox;
        this.dataSource = dataSource;
        this.current = current;
    }

    /** A note of an org unit (a school's or an area's data). */
    @POST
    @Path("/orgs/{code}")
    @Transactional
    public Response write(@PathParam("code") String code, NoteIn in) throws SQLException {
        access.requireWrite(code);
        return Response.status(201).entity(insert(code, in)).build();
    }

    /** A note of no org unit (like a national catalogue entry). */
    @POST
    @Path("/national")
    @Transactional
    public Response writeNational(NoteIn in) throws SQLException {
        access.requireWrite(null);
        return Response.status(201).entity(insert(null, in)).build();
    }

    /** A published aggregate: any authenticated caller reads it. */
    @GET
    @Path("/summary")
    public Map<String, Object> summary() throws SQLException {
        access.requireRead();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select count(*) from note");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            // a service calling another on the caller's behalf passes the same token on
            return Map.of("notes", rs.getLong(1), "reader", access.actor(),
                    "onwardToken", current.bearerToken().map(t -> t.substring(0, 12)).orElse("none"));
        }
    }

    /** Configured as a public path in the secured test profile: served without a token. */
    @GET
    @Path("/public-count")
    public long publicCount() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select count(*) from note");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private NoteOut insert(String code, NoteIn in) throws SQLException {
        String actor = access.actor();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "insert into note (org_code, text, created_by) values (?, ?, ?) returning id")) {
            ps.setString(1, code);
            ps.setString(2, in.text());
            ps.setString(3, actor);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long id = rs.getLong(1);
                String eventId = outbox.publish("school.NoteWritten.v1",
                        Outbox.Subject.of("note", String.valueOf(id)).area(code), in, actor).toString();
                return new NoteOut(id, code, in.text(), actor, eventId);
            }
        }
    }
}
