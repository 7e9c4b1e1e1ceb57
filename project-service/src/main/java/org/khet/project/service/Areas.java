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

    public void requireArea(String areaCode) {
        boolean known = areaCode != null && directory.find(areaCode)
                .filter(u -> OrgUnitChanged.AREA.equals(u.kind())).isPresent();
        if (!known) {
            throw ProblemException.notFound("area '" + areaCode + "' is not an area of the org directory");
        }
    }
}
