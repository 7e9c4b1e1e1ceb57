package org.khet.school.mapping;

import org.khet.contracts.events.school.AreaProfileChanged;
import org.khet.contracts.events.school.DistrictChanged;
import org.khet.contracts.codes.SchoolStatus;
import org.khet.contracts.codes.StaffCategory;
import org.khet.contracts.events.school.SchoolRegistered;
import org.khet.contracts.read.school.AreaProfile;
import org.khet.contracts.read.school.OfficeUnit;
import org.khet.school.api.OrgDtos.DistrictDto;
import org.khet.contracts.read.school.OfficeStaffMember;
import org.khet.school.api.OrgDtos.SchoolDto;
import org.khet.school.domain.Area;
import org.khet.school.domain.District;
import org.khet.school.domain.OfficeStaff;
import org.khet.school.domain.School;

import java.util.List;

/** Entities of the org hierarchy → API DTOs and event payloads (the one place they are mapped). */
public final class OrgMapper {
    private OrgMapper() {
    }

    public static AreaProfile dto(Area a, List<OfficeUnit> units) {
        return new AreaProfile(a.code, a.nameTh, a.nameEn, a.level, a.province, a.address, a.phone, a.website, units);
    }

    public static AreaProfileChanged event(Area a) {
        return new AreaProfileChanged(a.code, a.nameTh, a.nameEn, a.level, a.province, a.address, a.phone, a.website);
    }

    public static DistrictDto dto(District d) {
        return new DistrictDto(d.code, d.areaCode, d.nameTh, d.nameEn, d.subDistricts, d.villages, d.municipalities,
                d.saos, d.areaKm2, d.population, d.reportedSchools);
    }

    public static DistrictChanged event(District d) {
        return new DistrictChanged(d.code, d.areaCode, d.nameTh, d.nameEn, d.subDistricts, d.villages,
                d.municipalities, d.saos, d.areaKm2, d.population);
    }

    public static SchoolDto dto(School s) {
        return new SchoolDto(s.code, s.areaCode, s.districtCode, s.nameTh, s.nameEn, s.subDistrict, s.branchOf,
                s.expansion, s.specialArea, s.boarding, SchoolStatus.of(s.status), levels(s));
    }

    public static SchoolRegistered event(School s) {
        return new SchoolRegistered(s.code, s.areaCode, s.districtCode, s.nameTh, s.nameEn, s.subDistrict,
                s.branchOf, s.expansion, s.specialArea, s.boarding, s.status, levels(s));
    }

    private static List<String> levels(School s) {
        return s.levels == null ? null : List.of(s.levels);
    }

    public static OfficeStaffMember dto(OfficeStaff p) {
        return new OfficeStaffMember(p.id, p.areaCode, p.nameTh, p.position, StaffCategory.of(p.category), p.unitCode);
    }
}
