package org.khet.school.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.khet.school.api.OrgDtos.SchoolDto;
import org.khet.school.api.OrgDtos.SchoolInput;

import java.util.function.LongConsumer;

/**
 * The school register's writes under the name {@link SchoolRegistryFeed} calls them by. The org hierarchy is split by
 * aggregate ({@link AreaService}, {@link SchoolService}, {@link NetworkService}, {@link OfficeService}, {@link OrgUnits});
 * this delegate stays only until the feed, changed on another branch at the same time, injects {@link SchoolService}.
 */
@ApplicationScoped
public class OrgService {
    private final SchoolService schools;

    public OrgService(SchoolService schools) {
        this.schools = schools;
    }

    public Versioned<SchoolDto> registerSchool(SchoolInput in) {
        return schools.registerSchool(in);
    }

    public Versioned<SchoolDto> updateSchool(String code, SchoolInput in, LongConsumer ifMatch) {
        return schools.updateSchool(code, in, ifMatch);
    }
}
