package org.khet.report.render;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.khet.report.domain.Report;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The DOCX with its contents' page numbers filled in (ADR 0025). Word paginates the document itself, differently
 * from the HTML's PDF, so those numbers cannot be copied: the DOCX is written once with a placeholder of the widest
 * page number, LibreOffice (Debian's {@code libreoffice-writer-nogui}) prints it to PDF, the page of each part's and
 * section's heading is read from that PDF's outline (PDFBox), and the DOCX is written again with those numbers as
 * the TOC field's result — Word shows them as they are and can still update them. The contents end in a page break,
 * so numbers no wider than the placeholder cannot move a heading to another page. Without LibreOffice (or when it
 * fails) the contents carry no numbers and say so, and the log says why: never a wrong number.
 */
@ApplicationScoped
public class DocxPaginator {
    private static final Logger LOG = Logger.getLogger(DocxPaginator.class);
    private static final List<String> CANDIDATES = List.of("/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice",
            "/usr/bin/libreoffice");
    /** Printed under the contents, inside the field, when their page numbers could not be counted (in the report's language). */
    static final String NO_PAGES_TH = "สารบัญนี้ยังไม่มีเลขหน้า เพราะเครื่องที่สร้างเอกสารนับหน้าไม่ได้ (ไม่มี LibreOffice): ใน Word คลิกขวาที่สารบัญแล้วเลือก \"อัปเดตเขตข้อมูล\"";

    private final Optional<String> configured;
    private final int timeoutSeconds;
    /** LibreOffice is heavy and one profile serves one process: one conversion at a time per instance. */
    private final Semaphore converters = new Semaphore(1);
    private final Path profile;

    public DocxPaginator(@ConfigProperty(name = "khet.report.docx.soffice") Optional<String> soffice,
                         @ConfigProperty(name = "khet.report.docx.timeout-seconds", defaultValue = "180") int timeoutSeconds) {
        this.configured = soffice;
        this.timeoutSeconds = timeoutSeconds;
        this.profile = Path.of(System.getProperty("java.io.tmpdir"), "khet-soffice-profile-" + ProcessHandle.current().pid());
    }

    public byte[] render(Report report, RenderOptions options) {
        List<DocxRenderer.TocEntry> entries = DocxRenderer.contents(report, options);
        Optional<String> soffice = soffice();
        if (soffice.isEmpty()) {
            LOG.warnf("the DOCX of %s/%d has no page numbers in its contents: LibreOffice is not installed "
                            + "(apt-get install libreoffice-writer-nogui, or set khet.report.docx.soffice)",
                    report.areaCode(), report.fiscalYear());
            return DocxRenderer.render(report, options, DocxRenderer.TocPages.unavailable(NO_PAGES_TH));
        }
        byte[] measuring = DocxRenderer.render(report, options, DocxRenderer.TocPages.measuring());
        try {
            Map<String, Integer> pages = pages(entries, outline(convert(soffice.get(), measuring)));
            if (pages.size() < entries.size()) {
                LOG.warnf("the DOCX of %s/%d: %d of %d contents entries were not found in LibreOffice's print and "
                        + "carry no page number", report.areaCode(), report.fiscalYear(), entries.size() - pages.size(),
                        entries.size());
            }
            return DocxRenderer.render(report, options, DocxRenderer.TocPages.of(pages));
        } catch (IOException | RuntimeException e) {
            LOG.warnf("the DOCX of %s/%d has no page numbers in its contents: LibreOffice could not print it (%s)",
                    report.areaCode(), report.fiscalYear(), e.getMessage());
            return DocxRenderer.render(report, options, DocxRenderer.TocPages.unavailable(NO_PAGES_TH));
        }
    }

    /** The DOCX printed to PDF by LibreOffice. */
    public byte[] convert(String soffice, byte[] docx) throws IOException {
        try {
            converters.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for LibreOffice");
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("khet-docx-");
            Path in = dir.resolve("report.docx");
            Files.write(in, docx);
            Path log = dir.resolve("soffice.log");
            Process p = new ProcessBuilder(soffice, "--headless", "--norestore", "--nologo", "--nodefault",
                    "-env:UserInstallation=" + profile.toAbsolutePath().toUri(), "--convert-to", "pdf:writer_pdf_Export",
                    "--outdir", dir.toAbsolutePath().toString(), in.toAbsolutePath().toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    // soffice is a wrapper: its soffice.bin would keep the profile locked for the next conversion
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly();
                    throw new IOException("LibreOffice did not print the DOCX within " + timeoutSeconds + " s");
                }
            } catch (InterruptedException e) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while LibreOffice printed the DOCX");
            }
            Path pdf = dir.resolve("report.pdf");
            if (p.exitValue() != 0 || !Files.exists(pdf) || Files.size(pdf) == 0) {
                String tail = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
                tail = tail.length() > 400 ? tail.substring(tail.length() - 400) : tail;
                throw new IOException(soffice + " exited with " + p.exitValue() + " and no PDF: " + tail.strip());
            }
            return Files.readAllBytes(pdf);
        } finally {
            converters.release();
            PdfRenderer.delete(dir);
        }
    }

    /** One bookmark of LibreOffice's PDF: a heading's text, its depth (0: Heading 1) and its page (1-based). */
    public record Mark(String title, int depth, int page) {
    }

    /** The PDF's outline (LibreOffice writes one bookmark per heading) in reading order. */
    public static List<Mark> outline(byte[] pdf) throws IOException {
        List<Mark> marks = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            if (doc.getDocumentCatalog().getDocumentOutline() != null) {
                walk(doc, doc.getDocumentCatalog().getDocumentOutline(), 0, marks);
            }
        }
        return marks;
    }

    private static void walk(PDDocument doc, PDOutlineNode node, int depth, List<Mark> marks) throws IOException {
        for (PDOutlineItem item : node.children()) {
            PDPage page = item.findDestinationPage(doc);
            int index = page == null ? -1 : doc.getPages().indexOf(page);
            if (index >= 0) {
                marks.add(new Mark(item.getTitle(), depth, index + 1));
            }
            walk(doc, item, depth + 1, marks);
        }
    }

    /**
     * Each contents entry's page: the first bookmark after the previous entry's with the entry's title at the entry's
     * depth (parts are Heading 1, sections Heading 2); an entry not found gets no number.
     */
    static Map<String, Integer> pages(List<DocxRenderer.TocEntry> entries, List<Mark> marks) {
        Map<String, Integer> pages = new LinkedHashMap<>();
        int from = 0;
        for (DocxRenderer.TocEntry e : entries) {
            String want = norm(e.title());
            for (int i = from; i < marks.size(); i++) {
                Mark m = marks.get(i);
                if (m.depth() == e.level() - 1 && norm(m.title()).equals(want)) {
                    pages.put(e.id(), m.page());
                    from = i + 1;
                    break;
                }
            }
        }
        return pages;
    }

    private static String norm(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    Optional<String> soffice() {
        if (configured.isPresent()) {
            String c = configured.get();
            if (c.isBlank() || c.equals("none")) {
                return Optional.empty();
            }
            return new File(c).canExecute() ? Optional.of(c) : Optional.empty();
        }
        return CANDIDATES.stream().filter(c -> new File(c).canExecute()).findFirst();
    }
}
