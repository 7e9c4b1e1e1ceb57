package org.khet.contracts.read.school;

import java.util.List;

/**
 * An Educational Service Area Office's profile as school-service answers {@code GET /v1/areas/{code}} (and each item of
 * {@code GET /v1/areas}, whose units are left empty): what Part 1 of the annual report prints about the office.
 *
 * @param level primary or secondary (สพป. or สพม.)
 * @param units the office's units (executives, groups, the internal-audit unit) in report order
 */
public record AreaProfile(String code, String nameTh, String nameEn, String level, String province, String address,
                          String phone, String website, List<OfficeUnit> units) {
}
