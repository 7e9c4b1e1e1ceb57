package org.khet.school.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.khet.contracts.codes.OrgUnitKind;
import org.khet.contracts.codes.SchoolStatus;
import org.khet.contracts.events.school.NetworkChanged;
import org.khet.contracts.events.school.OfficeStaffChanged;
import org.khet.contracts.events.school.OrgUnitChanged;
import org.khet.contracts.read.school.AreaProfile;
import org.khet.contracts.read.school.OfficeUnit;
import org.khet.contracts.read.school.SchoolNetwork;
import org.khet.kit.org.OrgDirectory;
import org.khet.kit.outbox.Outbox;
import org.khet.kit.paging.Page;
import org.khet.kit.paging.PageRequest;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;
import org.khet.kit.security.AccessControl;
import org.khet.school.api.OrgDtos.*;
import org.khet.school.domain.Area;
import org.khet.school.domain.Codes;
import org.khet.school.domain.District;
import org.khet.school.domain.Network;
import org.khet.school.domain.OfficeStaff;
import org.khet.school.domain.School;
import org.khet.school.mapping.OrgMapper;
import org.khet.school.repository.Jdbc;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.LongConsumer;

/**
 * The org hierarchy: OBEC → areas → districts → schools, networks and the office's units and staff. Every change
 * of a unit is written to the org directory (closure table) and published as {@code school.OrgUnitChanged.v1}
 * with the area code as key, plus the richer event of its kind, in the same transaction.
 */
@ApplicationScoped
@Transactional
public class OrgService {
    static final String OBEC_NAME_TH = "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน";
    static final String OBEC_NAME_EN = "Office of the Basic Education Commission";

    private final OrgDirectory directory;
    private final Outbox outbox;
    private final AccessControl access;
    private final EntityManager em;
    private final Jdbc jdbc;

    public OrgService(OrgDirectory directory, Outbox outbox, AccessControl access, EntityManager em, Jdbc jdbc) {
        this.directory = directory;
        this.outbox = outbox;
        this.access = access;
        this.em = em;
        this.jdbc = jdbc;
    }

    /** OBEC is the root of every directory: registered (and announced) once, when the service first starts. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    void registerObec(@Observes StartupEvent ev) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (directory.find(Codes.OBEC).filter(u -> OrgUnitChanged.OBEC.equals(u.kind())).isEmpty()) {
                unitChanged(new OrgUnitChanged(Codes.OBEC, OrgUnitChanged.OBEC, null, null, OBEC_NAME_TH, OBEC_NAME_EN,
                        SchoolStatus.OPEN.code()), "system");
            }
        });
    }

    private void unitChanged(OrgUnitChanged u, String actor) {
        OrgDirectory.OrgUnit same = new OrgDirectory.OrgUnit(u.code(), u.kind(), u.parentCode(), u.areaCode(), u.nameTh(),
                u.nameEn(), u.status());
        if (directory.find(u.code()).filter(same::equals).isPresent()) {
            return; // the directory already says this (e.g. only the phone number changed): nothing for the replicas
        }
        directory.apply(u);
        String key = u.areaCode() == null ? u.code() : u.areaCode();
        outbox.publish(OrgUnitChanged.TYPE, Outbox.Subject.of("OrgUnit", key).area(u.areaCode()), u, actor);
    }

    // ---- areas -------------------------------------------------------------------------------------------

    public Versioned<AreaProfile> putArea(String code, AreaInput in, LongConsumer ifMatch) {
        access.requireWrite(code);
        Area a = Area.findById(code);
        boolean created = a == null;
        if (created) {
            a = new Area();
            a.code = code;
        } else {
            Versioned.require(ifMatch, a.version);
        }
        Object before = created ? null : OrgMapper.event(a);
        a.nameTh = in.nameTh().strip();
        a.nameEn = in.nameEn();
        a.level = in.level();
        a.province = in.province();
        a.address = in.address();
        a.phone = in.phone();
        a.website = in.website();
        if (OrgMapper.event(a).equals(before)) {
            // the same facts again (a re-sent load): no new version, no event
            return new Versioned<>(OrgMapper.dto(a, units(code)), a.version, false);
        }
        a.updatedAt = OffsetDateTime.now();
        a.updatedBy = access.actor();
        if (created) {
            a.persist();
        }
        em.flush();
        unitChanged(new OrgUnitChanged(code, OrgUnitChanged.AREA, Codes.OBEC, code, a.nameTh, a.nameEn, SchoolStatus.OPEN.code()), access.actor());
        outbox.publish(org.khet.contracts.events.school.AreaProfileChanged.TYPE,
                Outbox.Subject.of("Area", code).area(code), OrgMapper.event(a), access.actor());
        return new Versioned<>(OrgMapper.dto(a, units(code)), a.version, created);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<AreaProfile> area(String code) {
        Area a = requireArea(code);
        return new Versioned<>(OrgMapper.dto(a, units(code)), a.version, false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AreaProfile> areas() {
        List<AreaProfile> out = new ArrayList<>();
        for (Area a : Area.<Area>list("order by code")) {
            out.add(OrgMapper.dto(a, List.of()));
        }
        return out;
    }

    public OfficeUnit putOfficeUnit(String areaCode, String unitCode, OfficeUnitInput in) {
        directory.requireArea(areaCode);
        access.requireWrite(areaCode);
        if (unitCode == null || !unitCode.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw ProblemException.validation("office unit code is not valid", List.of(Problem.FieldError.field("unitCode",
                    "must be lower-case letters, digits and dashes (e.g. policy-planning), got '" + unitCode + "'")));
        }
        int sort = in.sortOrder() == null ? 0 : in.sortOrder();
        int changed = jdbc.update("""
                insert into office_unit (area_code, code, name_th, kind, director_name, sort_order) values (?, ?, ?, ?, ?, ?)
                on conflict (area_code, code) do update set name_th = excluded.name_th, kind = excluded.kind,
                    director_name = excluded.director_name, sort_order = excluded.sort_order
                 where (office_unit.name_th, office_unit.kind, office_unit.director_name, office_unit.sort_order)
                       is distinct from (excluded.name_th, excluded.kind, excluded.director_name, excluded.sort_order)""",
                areaCode, unitCode, in.nameTh().strip(), in.kind(), in.directorName(), sort);
        Area a = requireArea(areaCode);
        if (changed == 0) {
            return new OfficeUnit(unitCode, in.nameTh().strip(), in.kind(), in.directorName(), sort);
        }
        outbox.publish(org.khet.contracts.events.school.AreaProfileChanged.TYPE,
                Outbox.Subject.of("Area", areaCode).area(areaCode), OrgMapper.event(a), access.actor());
        return new OfficeUnit(unitCode, in.nameTh().strip(), in.kind(), in.directorName(), sort);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OfficeUnit> units(String areaCode) {
        return jdbc.query("select code, name_th, kind, director_name, sort_order from office_unit where area_code = ? "
                        + "order by sort_order, code",
                rs -> new OfficeUnit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)),
                areaCode);
    }

    /** The office's units, or a 404 when {@code areaCode} is not an area. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OfficeUnit> unitsOf(String areaCode) {
        directory.requireArea(areaCode);
        return units(areaCode);
    }

    /** The area's record, or a 404 when the directory says {@code code} is not an area. */
    Area requireArea(String code) {
        directory.requireArea(code);
        return Area.findById(code);
    }

    // ---- districts ---------------------------------------------------------------------------------------

    public Versioned<DistrictDto> putDistrict(String code, DistrictInput in, LongConsumer ifMatch) {
        var m = Codes.DISTRICT.matcher(code == null ? "" : code);
        Codes.district(code);
        m.matches();
        if (!m.group(1).equals(in.areaCode())) {
            throw ProblemException.validation("district code does not belong to its area", List.of(Problem.FieldError.field(
                    "areaCode", "district " + code + " must be in area " + m.group(1) + ", got '" + in.areaCode() + "'")));
        }
        directory.requireArea(in.areaCode());
        access.requireWrite(in.areaCode());
        District d = District.findById(code);
        boolean created = d == null;
        if (created) {
            d = new District();
            d.code = code;
            d.areaCode = in.areaCode();
        } else {
            Versioned.require(ifMatch, d.version);
        }
        Object before = created ? null : OrgMapper.dto(d);
        d.nameTh = in.nameTh().strip();
        d.nameEn = in.nameEn();
        d.subDistricts = in.subDistricts();
        d.villages = in.villages();
        d.municipalities = in.municipalities();
        d.saos = in.subDistrictAdministrations();
        d.areaKm2 = in.areaKm2() == null ? null : org.khet.contracts.Money.of(in.areaKm2());
        d.population = in.population();
        d.reportedSchools = in.reportedSchools();
        if (OrgMapper.dto(d).equals(before)) {
            return new Versioned<>(OrgMapper.dto(d), d.version, false);
        }
        d.updatedAt = OffsetDateTime.now();
        d.updatedBy = access.actor();
        if (created) {
            d.persist();
        }
        em.flush();
        unitChanged(new OrgUnitChanged(code, OrgUnitChanged.DISTRICT, d.areaCode, d.areaCode, d.nameTh, d.nameEn, SchoolStatus.OPEN.code()),
                access.actor());
        outbox.publish(org.khet.contracts.events.school.DistrictChanged.TYPE,
                Outbox.Subject.of("District", d.areaCode).area(d.areaCode), OrgMapper.event(d), access.actor());
        return new Versioned<>(OrgMapper.dto(d), d.version, created);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<DistrictDto> district(String code) {
        District d = District.findById(code);
        if (d == null) {
            throw ProblemException.notFound("district '" + code + "' is not registered");
        }
        return new Versioned<>(OrgMapper.dto(d), d.version, false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DistrictDto> districts(String areaCode) {
        directory.requireArea(areaCode);
        return jdbc.query("select code from district where area_code = ? order by name_th collate \"th-TH-x-icu\"",
                rs -> rs.getString(1), areaCode).stream().map(c -> OrgMapper.dto(District.<District>findById(c))).toList();
    }

    // ---- schools -----------------------------------------------------------------------------------------

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
        jdbc.update("insert into school_status_history (school_code, status, effective_on, note, recorded_by) values (?, 'open', ?, ?, ?)",
                s.code, LocalDate.now(), "registered", access.actor());
        published(s, org.khet.contracts.events.school.SchoolRegistered.TYPE);
        return new Versioned<>(OrgMapper.dto(s), s.version, true);
    }

    public Versioned<SchoolDto> updateSchool(String code, SchoolInput in, LongConsumer ifMatch) {
        School s = requireSchool(code);
        if (!code.equals(in.code())) {
            throw ProblemException.validation("a school's code cannot change", List.of(Problem.FieldError.field("code",
                    "must be " + code + " (the code in the path), got '" + in.code() + "'")));
        }
        Versioned.require(ifMatch, s.version);
        access.requireWrite(s.areaCode);
        SchoolDto before = OrgMapper.dto(s);
        apply(s, in);
        if (OrgMapper.dto(s).equals(before)) {
            return new Versioned<>(before, s.version, false);
        }
        s.updatedAt = OffsetDateTime.now();
        s.updatedBy = access.actor();
        em.flush();
        published(s, org.khet.contracts.events.school.SchoolRegistered.CHANGED_TYPE);
        return new Versioned<>(OrgMapper.dto(s), s.version, false);
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
        published(s, org.khet.contracts.events.school.SchoolRegistered.CHANGED_TYPE);
        return new Versioned<>(OrgMapper.dto(s), s.version, false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StatusHistoryDto> statusHistory(String code) {
        requireSchool(code);
        return jdbc.query("select status, effective_on, note, recorded_by from school_status_history where school_code = ? order by id",
                rs -> new StatusHistoryDto(SchoolStatus.of(rs.getString(1)), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4)), code);
    }

    private void apply(School s, SchoolInput in) {
        District d = District.findById(in.districtCode());
        if (d == null) {
            throw ProblemException.validation("the school's district is not registered",
                    List.of(Problem.FieldError.field("districtCode", "no district '" + in.districtCode() + "'")));
        }
        access.requireWrite(d.areaCode);
        if (s.areaCode != null && !s.areaCode.equals(d.areaCode)) {
            throw ProblemException.validation("a school cannot move to another area's district", List.of(Problem.FieldError.field(
                    "districtCode", "district " + d.code + " is in area " + d.areaCode + ", the school is in " + s.areaCode)));
        }
        if (in.branchOf() != null) {
            School main = School.findById(in.branchOf());
            if (main == null || in.branchOf().equals(s.code) || main.branchOf != null) {
                throw ProblemException.validation("branchOf must name another main school", List.of(Problem.FieldError.field(
                        "branchOf", "no main school '" + in.branchOf() + "' (a branch belongs to a registered school that is not itself a branch)")));
            }
        }
        s.areaCode = d.areaCode;
        s.districtCode = d.code;
        s.nameTh = in.nameTh().strip();
        s.nameEn = in.nameEn();
        s.subDistrict = in.subDistrict();
        s.branchOf = in.branchOf();
        s.expansion = Boolean.TRUE.equals(in.expansion());
        s.specialArea = in.specialArea();
        s.boarding = Boolean.TRUE.equals(in.boarding());
    }

    private void published(School s, String type) {
        unitChanged(new OrgUnitChanged(s.code, OrgUnitChanged.SCHOOL, s.districtCode, s.areaCode, s.nameTh, s.nameEn, s.status),
                access.actor());
        outbox.publish(type, Outbox.Subject.of("School", s.areaCode).area(s.areaCode), OrgMapper.event(s), access.actor());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<SchoolDto> school(String code) {
        School s = requireSchool(code);
        return new Versioned<>(OrgMapper.dto(s), s.version, false);
    }

    School requireSchool(String code) {
        School s = code == null ? null : School.findById(code);
        if (s == null) {
            throw ProblemException.notFound("school '" + code + "' is not registered");
        }
        return s;
    }

    /** An area's schools in Thai alphabetical order (ICU collation), optionally of one district, network or status. */
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
        long total = jdbc.query("select count(*)" + where, rs -> rs.getLong(1), args.toArray()).get(0);
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(page.size());
        pageArgs.add(page.offset());
        List<SchoolDto> items = jdbc.query("select s.code, s.area_code, s.district_code, s.name_th, s.name_en, s.sub_district, "
                        + "s.branch_of, s.expansion, s.special_area, s.boarding, s.status" + where
                        + " order by s.name_th collate \"th-TH-x-icu\", s.code limit ? offset ?",
                rs -> new SchoolDto(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getString(9), rs.getBoolean(10),
                        SchoolStatus.of(rs.getString(11))),
                pageArgs.toArray());
        return new Page<>(items, page.page(), page.size(), total);
    }

    // ---- networks ----------------------------------------------------------------------------------------

    public Versioned<SchoolNetwork> putNetwork(String code, NetworkInput in, LongConsumer ifMatch) {
        if (code == null || !code.matches("[a-z0-9][a-z0-9-]{0,59}")) {
            throw ProblemException.validation("network code is not valid", List.of(Problem.FieldError.field("code",
                    "must be lower-case letters, digits and dashes (e.g. 5602-chun-1), got '" + code + "'")));
        }
        directory.requireArea(in.areaCode());
        access.requireWrite(in.areaCode());
        Network n = Network.findById(code);
        boolean created = n == null;
        if (created) {
            n = new Network();
            n.code = code;
            n.areaCode = in.areaCode();
        } else {
            Versioned.require(ifMatch, n.version);
            if (!n.areaCode.equals(in.areaCode())) {
                throw ProblemException.conflict("network " + code + " belongs to area " + n.areaCode);
            }
        }
        if (!created && n.nameTh.equals(in.nameTh().strip()) && Objects.equals(n.kind, in.kind())) {
            return new Versioned<>(networkDto(n), n.version, false);
        }
        n.nameTh = in.nameTh().strip();
        n.kind = in.kind();
        n.updatedAt = OffsetDateTime.now();
        n.updatedBy = access.actor();
        if (created) {
            n.persist();
        }
        em.flush();
        publishNetwork(n);
        return new Versioned<>(networkDto(n), n.version, created);
    }

    /** Adds a school to a network from an academic year, or closes its membership with {@code toYear}. */
    public SchoolNetwork putMember(String networkCode, String schoolCode, MemberInput in) {
        Network n = requireNetwork(networkCode);
        School s = requireSchool(schoolCode);
        access.requireWrite(n.areaCode);
        if (!s.areaCode.equals(n.areaCode)) {
            throw ProblemException.validation("a network groups schools of its own area", List.of(Problem.FieldError.field(
                    "schoolCode", "school " + schoolCode + " is in area " + s.areaCode + ", the network in " + n.areaCode)));
        }
        org.khet.contracts.BuddhistEra.requireBe(in.fromYear(), "fromYear");
        if (in.toYear() != null && in.toYear() < in.fromYear()) {
            throw ProblemException.validation("membership ends before it starts",
                    List.of(Problem.FieldError.field("toYear", "must be " + in.fromYear() + " or later")));
        }
        int changed = jdbc.update("""
                insert into network_member (network_code, school_code, from_year, to_year) values (?, ?, ?, ?)
                on conflict (network_code, school_code, from_year) do update set to_year = excluded.to_year
                 where network_member.to_year is distinct from excluded.to_year""",
                networkCode, schoolCode, in.fromYear(), in.toYear());
        if (changed > 0) {
            publishNetwork(n);
        }
        return networkDto(n);
    }

    private void publishNetwork(Network n) {
        List<NetworkChanged.Member> members = jdbc.query(
                "select school_code, from_year, to_year from network_member where network_code = ? order by school_code, from_year",
                rs -> new NetworkChanged.Member(rs.getString(1), rs.getInt(2), (Integer) rs.getObject(3)), n.code);
        outbox.publish(NetworkChanged.TYPE, Outbox.Subject.of("Network", n.areaCode).area(n.areaCode),
                new NetworkChanged(n.code, n.areaCode, n.nameTh, n.kind, members), access.actor());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<SchoolNetwork> network(String code) {
        Network n = requireNetwork(code);
        return new Versioned<>(networkDto(n), n.version, false);
    }

    /** Networks of an area; with {@code academicYear}, members as of that year only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SchoolNetwork> networks(String areaCode) {
        directory.requireArea(areaCode);
        return jdbc.query("select code from network where area_code = ? order by kind, name_th collate \"th-TH-x-icu\"",
                rs -> rs.getString(1), areaCode).stream().map(c -> networkDto(Network.<Network>findById(c))).toList();
    }

    private SchoolNetwork networkDto(Network n) {
        List<SchoolNetwork.Member> members = jdbc.query("""
                select m.school_code, s.name_th, m.from_year, m.to_year from network_member m join school s on s.code = m.school_code
                 where m.network_code = ? order by s.name_th collate "th-TH-x-icu", m.from_year""",
                rs -> new SchoolNetwork.Member(rs.getString(1), rs.getString(2), rs.getInt(3), (Integer) rs.getObject(4)), n.code);
        return new SchoolNetwork(n.code, n.areaCode, n.nameTh, n.kind, members);
    }

    private Network requireNetwork(String code) {
        Network n = Network.findById(code);
        if (n == null) {
            throw ProblemException.notFound("network '" + code + "' is not registered");
        }
        return n;
    }

    // ---- office staff ------------------------------------------------------------------------------------

    public Versioned<OfficeStaffDto> putOfficeStaff(UUID id, OfficeStaffInput in, LongConsumer ifMatch) {
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
        OfficeStaffDto before = created ? null : OrgMapper.dto(p);
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
    public Versioned<OfficeStaffDto> officeStaff(UUID id) {
        OfficeStaff p = OfficeStaff.findById(id);
        if (p == null) {
            throw ProblemException.notFound("office staff " + id + " does not exist");
        }
        return new Versioned<>(OrgMapper.dto(p), p.version, false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OfficeStaffDto> officeStaffOf(String areaCode) {
        directory.requireArea(areaCode);
        return jdbc.query("""
                select p.id from office_staff p join office_unit u on u.area_code = p.area_code and u.code = p.unit_code
                 where p.area_code = ? order by u.sort_order, p.name_th collate "th-TH-x-icu\"""",
                rs -> rs.getObject(1, UUID.class), areaCode).stream()
                .map(id -> OrgMapper.dto(OfficeStaff.<OfficeStaff>findById(id))).toList();
    }

    // ---- the directory -----------------------------------------------------------------------------------

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrgUnitDto orgUnit(String code) {
        OrgDirectory.OrgUnit u = directory.find(code).orElseThrow(() -> ProblemException.notFound("org unit '" + code + "' does not exist"));
        List<String> ancestors = jdbc.query("select ancestor from org_closure where descendant = ? and depth > 0 order by depth",
                rs -> rs.getString(1), code);
        return new OrgUnitDto(u.code(), OrgUnitKind.of(u.kind()), u.parentCode(), u.areaCode(), u.nameTh(), u.nameEn(),
                SchoolStatus.of(u.status()), ancestors);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrgUnitDto> orgUnitsUnder(String code, OrgUnitKind kind) {
        orgUnit(code);
        return directory.under(code, kind.code()).stream().map(u -> new OrgUnitDto(u.code(), OrgUnitKind.of(u.kind()),
                u.parentCode(), u.areaCode(), u.nameTh(), u.nameEn(), SchoolStatus.of(u.status()), null)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isUnder(String descendant, String ancestor) {
        return directory.isUnder(descendant, ancestor);
    }
}
