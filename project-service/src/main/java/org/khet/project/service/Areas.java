package org.khet.project.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.khet.contracts.events.school.OrgUnitChanged;
import org.khet.kit.org.OrgDirectory;
import org.khet.kit.problem.ProblemException;

/** Area codes are checked against the org directory replica (school-service owns it). */
@ApplicationScoped
public class Areas {
    private final OrgDirectory directory;

    public Areas(OrgDirectory directory) {
        this.directory = directory;
    }

    public OrgDirectory.OrgUnit requireArea(String areaCode) {
        return (areaCode == null ? java.util.Optional.<OrgDirectory.OrgUnit>empty() : directory.find(areaCode))
                .filter(u -> OrgUnitChanged.AREA.equals(u.kind()))
                .orElseThrow(() -> ProblemException.notFound("area '" + areaCode + "' is not an area of the org directory"));
    }
}
