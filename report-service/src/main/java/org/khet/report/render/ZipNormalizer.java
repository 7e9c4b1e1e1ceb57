package org.khet.report.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites an OOXML package (DOCX, XLSX) with every entry's time fixed, so the same report gives the same
 * bytes (and the same ETag) whenever it is generated. Entry order and contents are kept.
 */
final class ZipNormalizer {
    private static final LocalDateTime FIXED = LocalDateTime.of(1980, 1, 1, 0, 0);

    private ZipNormalizer() {
    }

    static byte[] normalize(byte[] zip) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ByteArrayOutputStream buf = new ByteArrayOutputStream(zip.length + 1024)) {
            try (ZipOutputStream out = new ZipOutputStream(buf)) {
                out.setLevel(6);
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    ZipEntry n = new ZipEntry(e.getName());
                    n.setTimeLocal(FIXED);
                    out.putNextEntry(n);
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
            return buf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot normalize the document package", e);
        }
    }
}
