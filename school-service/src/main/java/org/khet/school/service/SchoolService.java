package org.khet.school.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import org.khet.contracts.codes.SchoolStatus;
import org.khet.contracts.events.school.OrgUnitChanged;
import org.khet.contracts.events.school.SchoolRegistered;
import org.khet.kit.org.OrgDirectory;
import org.khet.kit.outbox.Outbox;
import org.khet.contracts.read.Page;
import org.khet.kit.paging.PageRequest;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;
import org.khet.kit.security.AccessControl;
import org.khet.school.api.OrgDtos.SchoolDto;
import org.khet.school.api.OrgDtos.SchoolInput;
import org.khet.school.api.OrgDtos.StatusHistoryDto;
import org.khet.school.api.OrgDtos.StatusInput;
import org.khet.school.domain.Codes;
import org.khet.school.domain.District;
import org.khet.school.domain.Grade;
import org.khet.school.domain.School;
import org.khet.school.mapping.OrgMapper;
import org.khet.school.repository.Jdbc;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * The school register (ทะเบียนโรงเรียน): schools and branches registered in a district, changed, opened, merged or
 * closed (kept in their status history); each change written to the org directory and published
 * ({@code school.SchoolRegistered.v1}, {@code school.SchoolChanged.v1}) in its transaction.
 */
@ApplicationScoped
@Transactional
public class SchoolService {
    private final OrgUnits orgUnits;
    private final OrgDirectory directory;
    private final Outbox outbox;
    private final AccessControl access;
    private final EntityManager em;
    private final Jdbc jdbc;

    public SchoolService(OrgUnits orgUnits, OrgDirectory directory, Outbox outbox, AccessControl access, EntityManager em,
                         Jdbc jdbc) {
        this.orgUnits = orgUnits;
        this.directory = directory;
        this.outbox = outbox;
        this.access = access;
        this.em = em;
        this.jdbc = jdbc;
    }

    public Versioned<SchoolDto> registerSchool(SchoolInput in) {
        Codes.school(in.code());
        if (School.findById(in.code()) != null) {
            throw ProblemException.conflict("school " + in.code() + " is already registered; change it with PUT /v1/schools/" + in.code());
        }
        School s = new School();
        s.code = in.code();
        s.status = SchoolStatus.OPEN.code();
        apply(s, in);
        s.updatedAt = OffsetDateTime.now();
        s.updatedBy = access.actor();
        s.persist();
        em.flush();
        jdbc.update("insert into school_status_history (school_code, status, effective_on, note, recorded_by) values (?, ?, ?, ?, ?)",
                s.code, SchoolStatus.OPEN.code(), LocalDate.now(), "registered", access.actor());
        published(s, SchoolRegistered.TYPE);
        return new Versioned<>(OrgMapper.dto(s), s.version, true);
    }

    /**
     * A PUT of a school (a rename, most often): the school, its new district, the main school it names and the school's
     * unit in the org directory read in one statement, the row updated by its version in a second, then the directory
     * and the outbox — four round trips where Hibernate's look-ups, flush and the directory's own read took seven, and a
     * third of the request's time (ADR 0043, stop 33). The checks and their order are those of {@link #apply}: 404, the
     * code, If-Match, the caller's area, the district, the area, the main school. A row changed meanwhile is the same
     * {@link OptimisticLockException} Hibernate's versioned update raised.
     */
    public Versioned<SchoolDto> updateSchool(String code, SchoolInput in, LongConsumer ifMatch) {
        Stored stored = code == null ? null : jdbc.query("""
                select s.area_code, s.district_code, s.name_th, s.name_en, s.sub_district, s.branch_of, s.expansion,
                       s.special_area, s.boarding, s.levels, s.status, s.version,
                       d.code, d.area_code, m.code, m.branch_of,
                       u.code, u.kind, u.parent_code, u.area_code, u.name_th, u.name_en, u.status
                  from school s
                  left join district d on d.code = ?
                  left join school m on m.code = ?
                  left join org_unit u on u.code = s.code
                 where s.code = ?""", rs -> {
            School s = new School();
            s.code = code;
            s.areaCode = rs.getString(1);
            s.districtCode = rs.getString(2);
            s.nameTh = rs.getString(3);
            s.nameEn = rs.getString(4);
            s.subDistrict = rs.getString(5);
            s.branchOf = rs.getString(6);
            s.expansion = rs.getBoolean(7);
            s.specialArea = rs.getString(8);
            s.boarding = rs.getBoolean(9);
            java.sql.Array levels = rs.getArray(10);
            s.levels = levels == null ? null : (String[]) levels.getArray();
            s.status = rs.getString(11);
            s.version = rs.getLong(12);
            DistrictRef d = rs.getString(13) == null ? null : new DistrictRef(rs.getString(13), rs.getString(14));
            MainRef m = rs.getString(15) == null ? null : new MainRef(rs.getString(15), rs.getString(16));
            Optional<OrgDirectory.OrgUnit> unit = rs.getString(17) == null ? Optional.empty()
                    : Optional.of(new OrgDirectory.OrgUnit(rs.getString(17), rs.getString(18), rs.getString(19),
                    rs.getString(20), rs.getString(21), rs.getString(22), rs.getString(23)));
            return new Stored(s, d, m, unit);
        }, in.districtCode(), in.branchOf(), code).stream().findFirst().orElse(null);
        if (stored == null) {
            throw ProblemException.notFound("school '" + code + "' is not registered");
        }
        School s = stored.school();
        if (!code.equals(in.code())) {
            throw ProblemException.validation("a school's code cannot change", List.of(Problem.FieldError.field("code",
                    "must be " + code + " (the code in the path), got '" + in.code() + "'")));
        }
        Versioned.require(ifMatch, s.version);
        access.requireWrite(s.areaCode);
        SchoolDto before = OrgMapper.dto(s);
        assign(s, in, stored.district(), stored.main());
        if (OrgMapper.dto(s).equals(before)) {
            return new Versioned<>(before, s.version, false);
        }
        s.updatedAt = OffsetDateTime.now();
        s.updatedBy = access.actor();
        int updated = jdbc.update("""
                update school set area_code = ?, district_code = ?, name_th = ?, name_en = ?, sub_district = ?,
                       branch_of = ?, expansion = ?, special_area = ?, boarding = ?, levels = ?, updated_at = ?,
                       updated_by = ?, version = version + 1
                 where code = ? and version = ?""",
                s.areaCode, s.districtCode, s.nameTh, s.nameEn, s.subDistrict, s.branchOf, s.expansion, s.specialArea,
                s.boarding, s.levels, s.updatedAt, s.updatedBy, code, s.version);
        if (updated == 0) {
            throw new OptimisticLockException("school " + code + " was changed by another request meanwhile");
        }
        s.version++;
        published(s, SchoolRegistered.CHANGED_TYPE, stored.unit());
        return new Versioned<>(OrgMapper.dto(s), s.version, false);
    }

    /** A school as stored, with the district and main school a PUT names and the school's unit in the directory. */
    private record Stored(School school, DistrictRef district, MainRef main, Optional<OrgDirectory.OrgUnit> unit) {
    }

    /** What {@link #assign} needs of a district: its code and area. */
    private record DistrictRef(String code, String areaCode) {
    }

    /** What {@link #assign} needs of the main school a branch names: its code and whether it is a branch itself. */
    private record MainRef(String code, String branchOf) {
    }

    public Versioned<SchoolDto> changeStatus(String code, StatusInput in, LongConsumer ifMatch) {
        School s = requireSchool(code);
        Versioned.require(ifMatch, s.version);
        access.requireWrite(s.areaCode);
        if (s.status.equals(in.status())) {
            return new Versioned<>(OrgMapper.dto(s), s.version, false);
        }
        s.status = in.status();
        s.updatedAt = OffsetDateTime.now();
        s.updatedBy = access.actor();
        em.flush();
        jdbc.update("insert into school_status_history (school_code, status, effective_on, note, recorded_by) values (?, ?, ?, ?, ?)",
                code, in.status(), in.effectiveOn(), in.note(), access.actor());
        published(s, SchoolRegistered.CHANGED_TYPE);
        return new Versioned<>(OrgMapper.dto(s), s.version, false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StatusHistoryDto> statusHistory(String code) {
        requireSchool(code);
        return jdbc.query("select status, effective_on, note, recorded_by from school_status_history where school_code = ? order by id",
                rs -> new StatusHistoryDto(SchoolStatus.of(rs.getString(1)), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getString(4)), code);
    }

    private void apply(School s, SchoolInput in) {
        District d = District.findById(in.districtCode());
        School main = in.branchOf() == null ? null : School.findById(in.branchOf());
        assign(s, in, d == null ? null : new DistrictRef(d.code, d.areaCode),
                main == null ? null : new MainRef(main.code, main.branchOf));
    }

    /** Checks a school's input against its district and main school (null: none registered) and sets its fields. */
    private void assign(School s, SchoolInput in, DistrictRef d, MainRef main) {
        if (d == null) {
            throw ProblemException.validation("the school's district is not registered",
                    List.of(Problem.FieldError.field("districtCode", "no district '" + in.districtCode() + "'")));
        }
        access.requireWrite(d.areaCode());
        if (s.areaCode != null && !s.areaCode.equals(d.areaCode())) {
            throw ProblemException.validation("a school cannot move to another area's district", List.of(Problem.FieldError.field(
                    "districtCode", "district " + d.code() + " is in area " + d.areaCode() + ", the school is in " + s.areaCode)));
        }
        if (in.branchOf() != null) {
            if (main == null || in.branchOf().equals(s.code) || main.branchOf() != null) {
                throw ProblemException.validation("branchOf must name another main school", List.of(Problem.FieldError.field(
                        "branchOf", "no main school '" + in.branchOf() + "' (a branch belongs to a registered school that is not itself a branch)")));
            }
        }
        s.areaCode = d.areaCode();
        s.districtCode = d.code();
        s.nameTh = in.nameTh().strip();
        s.nameEn = in.nameEn();
        s.subDistrict = in.subDistrict();
        s.branchOf = in.branchOf();
        s.expansion = Boolean.TRUE.equals(in.expansion());
        s.specialArea = in.specialArea();
        s.boarding = Boolean.TRUE.equals(in.boarding());
        if (in.levels() != null) {
            s.levels = levels(in.levels());
        }
    }

    /** The levels as the register stores them (null for none: unknown), or a 400 naming the unknown one. */
    private static String[] levels(List<String> codes) {
        try {
            List<String> known = Grade.Level.register(codes);
            return known == null ? null : known.toArray(String[]::new);
        } catch (IllegalArgumentException e) {
            throw ProblemException.validation("a school's levels are kindergarten, primary, lower-secondary or upper-secondary",
                    List.of(Problem.FieldError.field("levels", e.getMessage())));
        }
    }

    /** The directory's event (when the unit changed there) and the school's, written in one batch. */
    private void published(School s, String type) {
        published(s, type, directory.find(s.code));
    }

    /** {@link #published(School, String)} when the school's unit in the directory was read already ({@code unit}). */
    private void published(School s, String type, Optional<OrgDirectory.OrgUnit> unit) {
        List<Outbox.Prepared> events = new ArrayList<>(2);
        orgUnits.change(new OrgUnitChanged(s.code, OrgUnitChanged.SCHOOL, s.districtCode, s.areaCode, s.nameTh, s.nameEn,
                s.status), access.actor(), unit).ifPresent(events::add);
        events.add(outbox.prepare(type, Outbox.Subject.of("School", s.areaCode).area(s.areaCode), OrgMapper.event(s),
                access.actor()));
        outbox.publishAll(events);
    }

    private static List<String> textArray(java.sql.Array a) throws java.sql.SQLException {
        return a == null ? null : List.of((String[]) a.getArray());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<SchoolDto> school(String code) {
        School s = requireSchool(code);
        return new Versioned<>(OrgMapper.dto(s), s.version, false);
    }

    /** The school, or a 404. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public School requireSchool(String code) {
        School s = code == null ? null : School.findById(code);
        if (s == null) {
            throw ProblemException.notFound("school '" + code + "' is not registered");
        }
        return s;
    }

    /**
     * An area's schools in Thai alphabetical order (ICU collation), optionally of one district, network or status: the
     * page and the total in one query (a second one counts only for a page past the end).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SchoolDto> schools(String areaCode, String districtCode, String networkCode, SchoolStatus status, PageRequest page) {
        directory.requireArea(areaCode);
        String where = " from school s where s.area_code = ?"
                + (districtCode == null ? "" : " and s.district_code = ?")
                + (status == null ? "" : " and s.status = ?")
                + (networkCode == null ? "" : " and exists (select 1 from network_member m where m.school_code = s.code and m.network_code = ? and m.to_year is null)");
        List<Object> args = new ArrayList<>(List.of(areaCode));
        if (districtCode != null) {
            args.add(districtCode);
        }
        if (status != null) {
            args.add(status.code());
        }
        if (networkCode != null) {
            args.add(networkCode);
        }
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(page.size());
        pageArgs.add(page.offset());
        long[] total = {0};
        List<SchoolDto> items = jdbc.query("select s.code, s.area_code, s.district_code, s.name_th, s.name_en, s.sub_district, "
                        + "s.branch_of, s.expansion, s.special_area, s.boarding, s.status, count(*) over (), s.levels" + where
                        + " order by s.name_th collate \"th-TH-x-icu\", s.code limit ? offset ?",
                rs -> {
                    total[0] = rs.getLong(12);
                    return new SchoolDto(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getString(9), rs.getBoolean(10),
                            SchoolStatus.of(rs.getString(11)), textArray(rs.getArray(13)));
                }, pageArgs.toArray());
        if (items.isEmpty() && page.offset() > 0) {
            total[0] = jdbc.query("select count(*)" + where, rs -> rs.getLong(1), args.toArray()).get(0);
        }
        return new Page<>(items, page.page(), page.size(), total[0]);
    }
}
