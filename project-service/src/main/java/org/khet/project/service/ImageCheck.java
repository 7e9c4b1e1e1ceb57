package org.khet.project.service;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

/**
 * Whether a photo really is the image its first bytes claim: a file that only starts like a JPEG or PNG is refused.
 * JPEG and PNG are decoded by the JDK's own readers, after their dimensions are read from the header and checked
 * (a 100,000 × 100,000 PNG of a few kilobytes would take 40 GB to decode). The JDK has no WebP decoder, so a WebP's
 * RIFF container is checked instead: its stated size is the file's, and its first chunk is an image chunk (VP8,
 * VP8L or VP8X) that fits inside the file.
 */
public final class ImageCheck {
    /** More pixels than any phone camera takes (about 8,000 × 6,000); a decode stays within a few hundred MB. */
    static final long MAX_PIXELS = 50_000_000L;

    private ImageCheck() {
    }

    /** Empty when the bytes are a whole image of {@code type}; otherwise why not, in words for the sender. */
    public static Optional<String> problem(String type, byte[] data) {
        return switch (type) {
            case "image/jpeg" -> decode(data, "JPEG");
            case "image/png" -> decode(data, "PNG");
            case "image/webp" -> webp(data);
            default -> Optional.of("the file is not a JPEG, PNG or WebP image");
        };
    }

    private static Optional<String> decode(byte[] data, String format) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (!readers.hasNext()) {
                return Optional.empty(); // no reader for it in this JDK: the magic bytes are all that can be checked
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    return Optional.of("the " + format + " image is " + reader.getWidth(0) + " × " + reader.getHeight(0)
                            + " pixels; at most " + MAX_PIXELS + " pixels are accepted");
                }
                reader.read(0);
                return Optional.empty();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.of("the file starts like a " + format + " image but does not decode as one ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }
    }

    private static Optional<String> webp(byte[] b) {
        if (b.length < 20) {
            return Optional.of("the file starts like a WebP image but is too short to be one");
        }
        long riffSize = le32(b, 4);
        if (riffSize + 8 != b.length) {
            return Optional.of("the file starts like a WebP image but its RIFF header says " + (riffSize + 8)
                    + " bytes where the file has " + b.length);
        }
        String chunk = new String(b, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
        if (!chunk.equals("VP8 ") && !chunk.equals("VP8L") && !chunk.equals("VP8X")) {
            return Optional.of("the file starts like a WebP image but holds no image chunk (found '" + chunk.strip() + "')");
        }
        long chunkSize = le32(b, 16);
        if (chunkSize == 0 || 20 + chunkSize > b.length) {
            return Optional.of("the file starts like a WebP image but its " + chunk.strip() + " chunk does not fit in it");
        }
        return Optional.empty();
    }

    private static long le32(byte[] b, int at) {
        return (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16 | (b[at + 3] & 0xffL) << 24;
    }
}
