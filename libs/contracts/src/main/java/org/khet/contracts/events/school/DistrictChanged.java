package org.khet.contracts.events.school;

import java.math.BigDecimal;

/** {@code school.DistrictChanged.v1}: a district (อำเภอ) of an area was registered or its facts changed. */
public record DistrictChanged(String code, String areaCode, String nameTh, String nameEn, Integer subDistricts,
                              Integer villages, Integer municipalities, Integer subDistrictAdministrations,
                              BigDecimal areaKm2, Integer population) {
    public static final String TYPE = "school.DistrictChanged.v1";
}
