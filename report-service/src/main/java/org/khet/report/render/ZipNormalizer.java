package org.khet.report.render;

import org.khet.report.domain.Report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes an OOXML package (DOCX, XLSX) with fixed core-property dates and every entry's time fixed, so the same
 * report gives the same bytes (and the same ETag) whenever it is generated. Entry order and contents are kept.
 */
final class ZipNormalizer {
    private static final LocalDateTime FIXED = LocalDateTime.of(1980, 1, 1, 0, 0);

    private ZipNormalizer() {
    }

    /**
     * Writes an OOXML document of the report the same way every time: its core properties from the report (title,
     * creator, and the end of its fiscal year as created and modified date), the package with fixed entry times.
     */
    static byte[] write(org.apache.poi.ooxml.POIXMLDocument doc, Report r, String what, int sizeHint) {
        var props = doc.getProperties().getCoreProperties();
        props.setTitle(r.title() + " " + r.subtitle());
        props.setCreator("Khet report-service");
        java.util.Optional<java.util.Date> fyEnd = java.util.Optional.of(java.util.Date.from(
                java.time.LocalDate.of(r.fiscalYear() - 543, 9, 30).atStartOfDay().toInstant(java.time.ZoneOffset.UTC)));
        props.setCreated(fyEnd);
        props.setModified(fyEnd);
        try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream(sizeHint)) {
            doc.write(out);
            return normalize(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the " + what + " report", e);
        }
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
