package org.khet.kit.testapp;

import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.khet.kit.etag.ETags;
import org.khet.kit.outbox.Outbox;
import org.khet.contracts.read.Page;
import org.khet.kit.paging.PageRequest;
import org.khet.kit.problem.ProblemException;

import java.util.List;

/** A resource that exercises every class of error the kit maps, for the kit's own tests. */
@Path("/test/widgets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WidgetResource {
    public record WidgetIn(@NotBlank String name, @NotNull @Min(0) Integer size) {
    }

    public record WidgetOut(long id, String name, int size) {
    }

    final Outbox outbox;

    public WidgetResource(Outbox outbox) {
        this.outbox = outbox;
    }

    @POST
    @Transactional
    public Response create(@Valid @NotNull WidgetIn in, @QueryParam("fail") boolean fail) {
        Widget w = new Widget();
        w.name = in.name();
        w.size = in.size();
        w.persist();
        Widget.flush();
        outbox.publish("school.WidgetCreated.v1", Outbox.Subject.of("widget", in.name()).area("5602"),
                new WidgetOut(w.id, w.name, w.size), "tester");
        if (fail) {
            throw ProblemException.conflict("asked to fail after writing");
        }
        return Response.status(201).entity(new WidgetOut(w.id, w.name, w.size)).tag(ETags.of(w.version)).build();
    }

    @GET
    public Page<WidgetOut> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest pr = PageRequest.of(page, size);
        List<WidgetOut> items = Widget.<Widget>findAll().page(pr.page(), pr.size()).list().stream()
                .map(w -> new WidgetOut(w.id, w.name, w.size)).toList();
        return new Page<>(items, pr.page(), pr.size(), Widget.count());
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") long id) {
        Widget w = find(id);
        return Response.ok(new WidgetOut(w.id, w.name, w.size)).tag(ETags.of(w.version)).build();
    }

    @PUT
    @Path("/{id}")
    @Transactional
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull WidgetIn in) {
        Widget w = find(id);
        ETags.checkIfMatch(ifMatch, w.version);
        w.name = in.name();
        w.size = in.size();
        Widget.flush();
        outbox.publish("school.WidgetChanged.v1", Outbox.Subject.of("widget", w.name).area("5602"),
                new WidgetOut(w.id, w.name, w.size), "tester");
        return Response.ok(new WidgetOut(w.id, w.name, w.size)).tag(ETags.of(w.version)).build();
    }

    @POST
    @Path("/raw-size")
    @Consumes(MediaType.WILDCARD)
    @Transactional
    public Response rawSize(@QueryParam("size") int size) {
        // writes through to the database's check constraint, to test its mapping
        Widget w = new Widget();
        w.name = "raw-" + System.nanoTime();
        w.size = size;
        w.persist();
        Widget.flush();
        return Response.status(201).build();
    }

    @POST
    @Path("/raw-amount")
    @Consumes(MediaType.WILDCARD)
    @Transactional
    public Response rawAmount(@QueryParam("amount") String amount) {
        // a value that reaches PostgreSQL unchecked and does not fit its numeric(5,2): SQLState 22003
        Widget.getEntityManager().createNativeQuery("select cast(cast(:a as text) as numeric(5,2))")
                .setParameter("a", amount).getSingleResult();
        return Response.ok().build();
    }

    public record PriceIn(java.math.BigDecimal amount, String code) {
    }

    @POST
    @Path("/price")
    public Response price(PriceIn in) {
        // what a service does with an amount it was sent: the contracts' Money checks it (two decimals at most)
        return Response.ok(java.util.Map.of("amount", org.khet.contracts.Money.of(in.amount()))).build();
    }

    @PUT
    @Path("/{id}/size-after-another-writer")
    @Consumes(MediaType.WILDCARD)
    @Transactional
    public Response sizeAfterAnotherWriter(@PathParam("id") long id, @QueryParam("size") int size) {
        // another writer commits between our read and our write (simulated in the same transaction): the
        // versioned update matches no row and Hibernate raises an OptimisticLockException at the flush
        Widget w = find(id);
        Widget.getEntityManager().createNativeQuery("update widget set version = version + 1 where id = :id")
                .setParameter("id", id).executeUpdate();
        w.size = size;
        Widget.flush();
        return Response.ok().build();
    }

    private static Widget find(long id) {
        Widget w = Widget.findById(id);
        if (w == null) {
            throw ProblemException.notFound("widget " + id + " does not exist");
        }
        return w;
    }
}
