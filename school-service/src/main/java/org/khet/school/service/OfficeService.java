package org.khet.school.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.khet.contracts.codes.StaffCategory;
import org.khet.contracts.events.school.AreaProfileChanged;
import org.khet.contracts.events.school.OfficeStaffChanged;
import org.khet.contracts.read.school.OfficeUnit;
import org.khet.kit.org.OrgDirectory;
import org.khet.kit.outbox.Outbox;
import org.khet.kit.problem.FieldErrors;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;
import org.khet.kit.security.AccessControl;
import org.khet.contracts.read.school.OfficeStaffMember;
import org.khet.school.api.OrgDtos.OfficeStaffInput;
import org.khet.school.api.OrgDtos.OfficeUnitInput;
import org.khet.school.domain.Area;
import org.khet.school.domain.OfficeStaff;
import org.khet.school.mapping.OrgMapper;
import org.khet.school.repository.Jdbc;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.LongConsumer;

/**
 * The area office itself: its units (กลุ่ม/หน่วย, part of the area's profile: a change publishes
 * {@code school.AreaProfileChanged.v1}) and its own staff as people ({@code school.OfficeStaffChanged.v1}).
 */
@ApplicationScoped
@Transactional
public class OfficeService {
    private final OrgDirectory directory;
    private final Outbox outbox;
    private final AccessControl access;
    private final EntityManager em;
    private final Jdbc jdbc;

    public OfficeService(OrgDirectory directory, Outbox outbox, AccessControl access, EntityManager em, Jdbc jdbc) {
        this.directory = directory;
        this.outbox = outbox;
        this.access = access;
        this.em = em;
        this.jdbc = jdbc;
    }

    public OfficeUnit putOfficeUnit(String areaCode, String unitCode, OfficeUnitInput in) {
        directory.requireArea(areaCode);
        access.requireWrite(areaCode);
        if (unitCode == null || !unitCode.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw ProblemException.validation("office unit code is not valid", List.of(Problem.FieldError.field("unitCode",
                    "must be lower-case letters, digits and dashes (e.g. policy-planning), got '" + unitCode + "'")));
        }
        int sort = in.sortOrder() == null ? 0 : in.sortOrder();
        List<String> holders = holders(in);
        String director = holders.isEmpty() ? null : holders.get(0);
        OfficeUnit unit = new OfficeUnit(unitCode, in.nameTh().strip(), in.kind(), director, sort, holders);
        int changed = jdbc.update("""
                insert into office_unit (area_code, code, name_th, kind, director_name, sort_order, holders)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (area_code, code) do update set name_th = excluded.name_th, kind = excluded.kind,
                    director_name = excluded.director_name, sort_order = excluded.sort_order, holders = excluded.holders
                 where (office_unit.name_th, office_unit.kind, office_unit.director_name, office_unit.sort_order,
                        coalesce(office_unit.holders, case when office_unit.director_name is null then '{}'::text[]
                                 else array[office_unit.director_name] end))
                       is distinct from
                       (excluded.name_th, excluded.kind, excluded.director_name, excluded.sort_order, excluded.holders)""",
                areaCode, unitCode, unit.nameTh(), unit.kind(), unit.directorName(), sort, holders.toArray(String[]::new));
        if (changed > 0) {
            outbox.publish(AreaProfileChanged.TYPE, Outbox.Subject.of("Area", areaCode).area(areaCode),
                    OrgMapper.event(Area.<Area>findById(areaCode)), access.actor());
        }
        return unit;
    }

    /**
     * Who holds the unit, in order: {@code holders} when given (the director, when also given, must be the first),
     * else the director alone. A 400 naming the field otherwise.
     */
    static List<String> holders(OfficeUnitInput in) {
        String director = in.directorName() == null || in.directorName().isBlank() ? null : in.directorName().strip();
        if (in.holders() == null) {
            return director == null ? List.of() : List.of(director);
        }
        FieldErrors errors = new FieldErrors();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < in.holders().size(); i++) {
            out.add(errors.text("holders[" + i + "]", in.holders().get(i), true, 200));
        }
        if (director != null && !out.isEmpty() && !director.equals(out.get(0))) {
            errors.add("directorName", "must be the first of holders ('" + out.get(0) + "'), or left out");
        }
        errors.throwIfAny("The office unit");
        return List.copyOf(out);
    }

    /** The office's units in the office's order (Thai order where it gave none), each with everyone who holds it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OfficeUnit> units(String areaCode) {
        return jdbc.query("""
                        select code, name_th, kind, director_name, sort_order,
                               coalesce(holders, case when director_name is null then '{}'::text[] else array[director_name] end)
                          from office_unit where area_code = ?
                         order by sort_order, name_th collate "th-TH-x-icu", code""",
                rs -> new OfficeUnit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        List.of((String[]) rs.getArray(6).getArray())),
                areaCode);
    }

    /** The office's units, or a 404 when {@code areaCode} is not an area. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OfficeUnit> unitsOf(String areaCode) {
        directory.requireArea(areaCode);
        return units(areaCode);
    }

    public Versioned<OfficeStaffMember> putOfficeStaff(UUID id, OfficeStaffInput in, LongConsumer ifMatch) {
        directory.requireArea(in.areaCode());
        access.requireWrite(in.areaCode());
        if (units(in.areaCode()).stream().noneMatch(u -> u.code().equals(in.unitCode()))) {
            throw ProblemException.validation("the office unit is not registered", List.of(Problem.FieldError.field(
                    "unitCode", "area " + in.areaCode() + " has no unit '" + in.unitCode() + "'")));
        }
        OfficeStaff p = id == null ? null : OfficeStaff.findById(id);
        boolean created = p == null;
        if (created) {
            p = new OfficeStaff();
            p.id = id == null ? UUID.randomUUID() : id;
            p.areaCode = in.areaCode();
        } else {
            Versioned.require(ifMatch, p.version);
            if (!Objects.equals(p.areaCode, in.areaCode())) {
                throw ProblemException.conflict("this person is on the staff of area " + p.areaCode);
            }
        }
        OfficeStaffMember before = created ? null : OrgMapper.dto(p);
        p.nameTh = in.nameTh().strip();
        p.position = in.position();
        p.category = in.category();
        p.unitCode = in.unitCode();
        if (OrgMapper.dto(p).equals(before)) {
            return new Versioned<>(before, p.version, false);
        }
        p.updatedAt = OffsetDateTime.now();
        p.updatedBy = access.actor();
        if (created) {
            p.persist();
        }
        em.flush();
        outbox.publish(OfficeStaffChanged.TYPE, Outbox.Subject.of("OfficeStaff", p.areaCode).area(p.areaCode),
                new OfficeStaffChanged(p.areaCode, p.id.toString(), p.nameTh, p.position, p.category, p.unitCode, false),
                access.actor());
        return new Versioned<>(OrgMapper.dto(p), p.version, created);
    }

    public void removeOfficeStaff(UUID id) {
        OfficeStaff p = OfficeStaff.findById(id);
        if (p == null) {
            throw ProblemException.notFound("office staff " + id + " does not exist");
        }
        access.requireWrite(p.areaCode);
        p.delete();
        outbox.publish(OfficeStaffChanged.TYPE, Outbox.Subject.of("OfficeStaff", p.areaCode).area(p.areaCode),
                new OfficeStaffChanged(p.areaCode, p.id.toString(), p.nameTh, p.position, p.category, p.unitCode, true),
                access.actor());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<OfficeStaffMember> officeStaff(UUID id) {
        OfficeStaff p = OfficeStaff.findById(id);
        if (p == null) {
            throw ProblemException.notFound("office staff " + id + " does not exist");
        }
        return new Versioned<>(OrgMapper.dto(p), p.version, false);
    }

    /** The office's staff by unit (in report order), then in Thai order, in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OfficeStaffMember> officeStaffOf(String areaCode) {
        directory.requireArea(areaCode);
        return jdbc.query("""
                select p.id, p.area_code, p.name_th, p.position, p.category, p.unit_code
                  from office_staff p join office_unit u on u.area_code = p.area_code and u.code = p.unit_code
                 where p.area_code = ? order by u.sort_order, p.name_th collate "th-TH-x-icu\"""",
                rs -> new OfficeStaffMember(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        StaffCategory.of(rs.getString(5)), rs.getString(6)), areaCode);
    }
}
