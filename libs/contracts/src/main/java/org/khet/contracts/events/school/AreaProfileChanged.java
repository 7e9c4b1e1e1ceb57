package org.khet.contracts.events.school;

/**
 * {@code school.AreaProfileChanged.v1}: an area office's (สำนักงานเขตพื้นที่การศึกษา) profile was registered or changed.
 *
 * @param level primary (สพป.) or secondary (สพม.)
 */
public record AreaProfileChanged(String code, String nameTh, String nameEn, String level, String province,
                                 String address, String phone, String website) {
    public static final String TYPE = "school.AreaProfileChanged.v1";
}
