package org.khet.school.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.khet.contracts.Money;
import org.khet.contracts.codes.SchoolStatus;
import org.khet.contracts.events.school.AreaProfileChanged;
import org.khet.contracts.events.school.DistrictChanged;
import org.khet.contracts.events.school.OrgUnitChanged;
import org.khet.contracts.read.school.AreaProfile;
import org.khet.kit.org.OrgDirectory;
import org.khet.kit.outbox.Outbox;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;
import org.khet.kit.security.AccessControl;
import org.khet.school.api.OrgDtos.AreaInput;
import org.khet.school.api.OrgDtos.DistrictDto;
import org.khet.school.api.OrgDtos.DistrictInput;
import org.khet.school.domain.Area;
import org.khet.school.domain.Codes;
import org.khet.school.domain.District;
import org.khet.school.mapping.OrgMapper;
import org.khet.school.repository.Jdbc;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;

/**
 * Areas (สำนักงานเขตพื้นที่การศึกษา) and the districts (อำเภอ) they serve: registered and changed with their profile
 * facts, each change written to the org directory and published ({@code school.AreaProfileChanged.v1},
 * {@code school.DistrictChanged.v1}) in its transaction.
 */
@ApplicationScoped
@Transactional
public class AreaService {
    private final OrgUnits orgUnits;
    private final OfficeService offices;
    private final OrgDirectory directory;
    private final Outbox outbox;
    private final AccessControl access;
    private final EntityManager em;
    private final Jdbc jdbc;

    public AreaService(OrgUnits orgUnits, OfficeService offices, OrgDirectory directory, Outbox outbox,
                       AccessControl access, EntityManager em, Jdbc jdbc) {
        this.orgUnits = orgUnits;
        this.offices = offices;
        this.directory = directory;
        this.outbox = outbox;
        this.access = access;
        this.em = em;
        this.jdbc = jdbc;
    }

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
            return new Versioned<>(OrgMapper.dto(a, offices.units(code)), a.version, false);
        }
        a.updatedAt = OffsetDateTime.now();
        a.updatedBy = access.actor();
        if (created) {
            a.persist();
        }
        em.flush();
        orgUnits.announce(new OrgUnitChanged(code, OrgUnitChanged.AREA, Codes.OBEC, code, a.nameTh, a.nameEn,
                SchoolStatus.OPEN.code()), access.actor());
        outbox.publish(AreaProfileChanged.TYPE, Outbox.Subject.of("Area", code).area(code), OrgMapper.event(a),
                access.actor());
        return new Versioned<>(OrgMapper.dto(a, offices.units(code)), a.version, created);
    }

    /** The area's profile with its units. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<AreaProfile> area(String code) {
        Area a = requireArea(code);
        return new Versioned<>(OrgMapper.dto(a, offices.units(code)), a.version, false);
    }

    /** Every registered area, by code (their units are listed with each area's profile). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AreaProfile> areas() {
        return Area.<Area>list("order by code").stream().map(a -> OrgMapper.dto(a, List.of())).toList();
    }

    /** The area's record, or a 404 when the directory says {@code code} is not an area. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Area requireArea(String code) {
        directory.requireArea(code);
        return Area.findById(code);
    }

    public Versioned<DistrictDto> putDistrict(String code, DistrictInput in, LongConsumer ifMatch) {
        Codes.district(code);
        Matcher m = Codes.DISTRICT.matcher(code);
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
        d.areaKm2 = in.areaKm2() == null ? null : Money.of(in.areaKm2());
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
        orgUnits.announce(new OrgUnitChanged(code, OrgUnitChanged.DISTRICT, d.areaCode, d.areaCode, d.nameTh, d.nameEn,
                SchoolStatus.OPEN.code()), access.actor());
        outbox.publish(DistrictChanged.TYPE, Outbox.Subject.of("District", d.areaCode).area(d.areaCode),
                OrgMapper.event(d), access.actor());
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

    /** The area's districts in Thai order, in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DistrictDto> districts(String areaCode) {
        directory.requireArea(areaCode);
        return jdbc.query("""
                select code, area_code, name_th, name_en, sub_districts, villages, municipalities, saos, area_km2,
                       population, reported_schools
                  from district where area_code = ? order by name_th collate "th-TH-x-icu\"""",
                rs -> new DistrictDto(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        (Integer) rs.getObject(5), (Integer) rs.getObject(6), (Integer) rs.getObject(7),
                        (Integer) rs.getObject(8), rs.getBigDecimal(9), (Integer) rs.getObject(10),
                        (Integer) rs.getObject(11)), areaCode);
    }
}
