package org.khet.kit.etag;

import jakarta.ws.rs.core.EntityTag;
import org.khet.kit.problem.ProblemException;

/**
 * ETags from an entity's version number, and the {@code If-Match} check of updates: a client that read
 * version 3 cannot overwrite version 4 (412). Weak validators ({@code W/"3"}) are accepted as the same tag.
 */
public final class ETags {
    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** A strong ETag of a computed answer: the first 128 bits of its bytes' SHA-256, in hex. */
    public static EntityTag of(byte[] body) {
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(body);
            return new EntityTag(java.util.HexFormat.of().formatHex(h, 0, 16));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param ifMatch the request's If-Match header (may be null: the update is unconditional)
     * @param current the stored version
     */
    public static void checkIfMatch(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String expected = Long.toString(current);
        for (String part : ifMatch.split(",")) {
            String tag = part.strip();
            if (tag.equals("*")) {
                return;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals(expected)) {
                return;
            }
        }
        throw ProblemException.preconditionFailed("If-Match " + ifMatch + " does not match the current version \""
                + expected + "\"; read the resource again");
    }
}
