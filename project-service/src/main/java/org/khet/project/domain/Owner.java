package org.khet.project.domain;

/** A responsible officer (ผู้รับผิดชอบโครงการ): office staff, by name as reported and their staff id when known. */
public record Owner(String nameTh, String staffId) {
}
