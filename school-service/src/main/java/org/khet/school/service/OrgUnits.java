package org.khet.school.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.khet.contracts.codes.OrgUnitKind;
import org.khet.contracts.codes.SchoolStatus;
import org.khet.contracts.events.school.OrgUnitChanged;
import org.khet.kit.org.OrgDirectory;
import org.khet.kit.outbox.Outbox;
import org.khet.kit.problem.ProblemException;
import org.khet.school.api.OrgDtos.OrgUnitDto;
import org.khet.school.domain.Codes;
import org.khet.school.repository.Jdbc;

import java.util.List;
import java.util.Optional;

/**
 * The org directory (OBEC → areas → districts → schools) as its owner keeps it: every unit an aggregate writes is put
 * in the directory's closure table and announced as {@code school.OrgUnitChanged.v1}, keyed by its area, in the
 * writer's transaction; and the directory's reads.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrgUnits {
    static final String OBEC_NAME_TH = "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน";
    static final String OBEC_NAME_EN = "Office of the Basic Education Commission";

    private final OrgDirectory directory;
    private final Outbox outbox;
    private final Jdbc jdbc;

    public OrgUnits(OrgDirectory directory, Outbox outbox, Jdbc jdbc) {
        this.directory = directory;
        this.outbox = outbox;
        this.jdbc = jdbc;
    }

    /** OBEC is the root of every directory: registered (and announced) once, when the service first starts. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    void registerObec(@Observes StartupEvent ev) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (directory.find(Codes.OBEC).filter(u -> OrgUnitChanged.OBEC.equals(u.kind())).isEmpty()) {
                announce(new OrgUnitChanged(Codes.OBEC, OrgUnitChanged.OBEC, null, null, OBEC_NAME_TH, OBEC_NAME_EN,
                        SchoolStatus.OPEN.code()), "system");
            }
        });
    }

    /**
     * Writes a unit to the directory and publishes it, unless the directory already says this (e.g. only an area's
     * phone number changed: nothing for the replicas).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void announce(OrgUnitChanged u, String actor) {
        change(u, actor).ifPresent(e -> outbox.publishAll(List.of(e)));
    }

    /**
     * {@link #announce} whose event is left for the caller to write with its own ({@link Outbox#publishAll}, one
     * batch), in this order: empty when the directory already says this.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Outbox.Prepared> change(OrgUnitChanged u, String actor) {
        return change(u, actor, directory.find(u.code()));
    }

    /** {@link #change(OrgUnitChanged, String)} when the caller read the unit as the directory holds it ({@code before}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Outbox.Prepared> change(OrgUnitChanged u, String actor, Optional<OrgDirectory.OrgUnit> before) {
        OrgDirectory.OrgUnit same = new OrgDirectory.OrgUnit(u.code(), u.kind(), u.parentCode(), u.areaCode(), u.nameTh(),
                u.nameEn(), u.status());
        if (before.filter(same::equals).isPresent()) {
            return Optional.empty();
        }
        directory.apply(u, before);
        String key = u.areaCode() == null ? u.code() : u.areaCode();
        return Optional.of(outbox.prepare(OrgUnitChanged.TYPE, Outbox.Subject.of("OrgUnit", key).area(u.areaCode()), u, actor));
    }

    /** A unit with its ancestors, nearest first. */
    public OrgUnitDto unit(String code) {
        OrgDirectory.OrgUnit u = directory.find(code)
                .orElseThrow(() -> ProblemException.notFound("org unit '" + code + "' does not exist"));
        List<String> ancestors = jdbc.query("select ancestor from org_closure where descendant = ? and depth > 0 order by depth",
                rs -> rs.getString(1), code);
        return dto(u, ancestors);
    }

    /** The units of a kind under a unit, in code order. */
    public List<OrgUnitDto> under(String code, OrgUnitKind kind) {
        if (directory.find(code).isEmpty()) {
            throw ProblemException.notFound("org unit '" + code + "' does not exist");
        }
        return directory.under(code, kind.code()).stream().map(u -> dto(u, null)).toList();
    }

    public boolean isUnder(String descendant, String ancestor) {
        return directory.isUnder(descendant, ancestor);
    }

    private static OrgUnitDto dto(OrgDirectory.OrgUnit u, List<String> ancestors) {
        return new OrgUnitDto(u.code(), OrgUnitKind.of(u.kind()), u.parentCode(), u.areaCode(), u.nameTh(), u.nameEn(),
                SchoolStatus.of(u.status()), ancestors);
    }
}
