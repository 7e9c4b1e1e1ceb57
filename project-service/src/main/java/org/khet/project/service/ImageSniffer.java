package org.khet.project.service;

import java.util.Optional;

/**
 * Tells an image's type from its first bytes (magic numbers), never from the file name or the declared type:
 * a text file renamed to .jpg is not a JPEG.
 */
public final class ImageSniffer {
    private ImageSniffer() {
    }

    public static Optional<String> sniff(byte[] b) {
        if (b == null) {
            return Optional.empty();
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        if (startsWith(b, png, 0)) {
            return Optional.of("image/png");
        }
        if (b.length >= 12 && startsWith(b, "RIFF".getBytes(), 0) && startsWith(b, "WEBP".getBytes(), 8)) {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] b, byte[] prefix, int at) {
        if (b.length < at + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
