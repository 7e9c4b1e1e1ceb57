package org.khet.project.domain;

/** บรรลุ / ไม่บรรลุ, or not assessed (the report left the cell empty). */
public enum Achievement {
    YES, NO, NOT_ASSESSED
}
