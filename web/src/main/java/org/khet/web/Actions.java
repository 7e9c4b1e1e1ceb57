package org.khet.web;

/**
 * What the console offers the signed-in user to do, by role — only what the services would allow that role, so that a
 * page never offers a button that is certain to be refused (the services still decide every call, by role and org):
 * <ul>
 *   <li>send a filled template: school officer, director, area officer, OBEC admin (the feeds' write scope);</li>
 *   <li>explain warnings: the school's officer or director;</li>
 *   <li>certify: the director only;</li>
 *   <li>acknowledge and reopen a submission, edit the report's texts, publish an edition: area officer, OBEC admin;</li>
 *   <li>a viewer: nothing that writes.</li>
 * </ul>
 */
public record Actions(boolean upload, boolean explainWarnings, boolean certify, boolean acknowledge, boolean reopen,
                      boolean editReport) {
    static final Actions NONE = new Actions(false, false, false, false, false, false);

    public static Actions of(Session session) {
        if (session == null) {
            return NONE;
        }
        return switch (session.role()) {
            case "school-officer" -> new Actions(true, true, false, false, false, false);
            case "school-director" -> new Actions(true, true, true, false, false, false);
            case "area-officer", "obec-admin" -> new Actions(true, false, false, true, true, true);
            default -> NONE;
        };
    }

    /** Whether any step of the certification (certify, acknowledge, reopen) is offered. */
    public boolean anyStep() {
        return certify || acknowledge || reopen;
    }
}
