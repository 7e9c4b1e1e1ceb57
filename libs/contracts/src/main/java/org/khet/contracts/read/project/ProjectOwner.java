package org.khet.contracts.read.project;

/**
 * A responsible officer of a project (ผู้รับผิดชอบโครงการ): office staff, by name as reported, with their staff id on
 * school-service's register when known (null otherwise).
 */
public record ProjectOwner(String nameTh, String staffId) {
}
