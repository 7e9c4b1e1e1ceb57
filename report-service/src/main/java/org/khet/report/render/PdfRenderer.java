package org.khet.report.render;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.jboss.logging.Logger;
import org.khet.kit.problem.ProblemException;
import org.khet.report.config.ReportConfig;
import org.khet.report.domain.Report;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The report as an A4 PDF (ADR 0014): the print HTML laid out by headless Chromium (Debian's package), Thai shaped by
 * HarfBuzz and the Thai font embedded, running page numbers from the HTML's page-margin boxes. The contents' page
 * numbers take two passes: the first copy is printed with empty page numbers, the page each contents link lands on
 * is read back from its destination (PDFBox), and the copy is printed again with them; the contents keep their layout
 * because the page numbers sit in a fixed-width column. A third pass is made only if the pages moved.
 */
@ApplicationScoped
public class PdfRenderer {
    private static final Logger LOG = Logger.getLogger(PdfRenderer.class);
    private static final int MAX_PASSES = 3;
    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");

    private final ReportConfig config;
    /** Chromium is heavy: one print at a time per instance. */
    private final Semaphore printers = new Semaphore(1);

    public PdfRenderer(ReportConfig config) {
        this.config = config;
    }

    public byte[] render(Report report, RenderOptions options) {
        String chromium = chromium();
        try {
            printers.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted while waiting for the PDF printer");
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("khet-pdf-");
            Map<String, Integer> pages = Map.of();
            byte[] pdf = null;
            for (int pass = 1; pass <= MAX_PASSES; pass++) {
                pdf = print(chromium, dir, HtmlRenderer.render(report, options, pages), pass);
                Map<String, Integer> found = destinations(pdf);
                if (found.equals(pages)) {
                    break;
                }
                if (pass == MAX_PASSES) {
                    LOG.warnf("the contents' page numbers of %s/%d still moved after %d passes",
                            report.areaCode(), report.fiscalYear(), MAX_PASSES);
                }
                pages = found;
            }
            return finish(pdf, report);
        } catch (IOException e) {
            throw unavailable("the PDF could not be printed: " + e.getMessage());
        } finally {
            printers.release();
            delete(dir);
        }
    }

    /** The page (1-based) each internal link of the document lands on, by the id it names. */
    public static Map<String, Integer> destinations(byte[] pdf) throws IOException {
        Map<String, Integer> pages = new LinkedHashMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (!(a instanceof PDAnnotationLink link)) {
                        continue;
                    }
                    PDDestination d = link.getDestination();
                    PDAction action = link.getAction();
                    if (d == null && action instanceof PDActionGoTo goTo) {
                        d = goTo.getDestination();
                    }
                    if (d instanceof PDNamedDestination named) {
                        PDPageDestination target = doc.getDocumentCatalog().findNamedDestinationPage(named);
                        if (target != null) {
                            int index = target.retrievePageNumber();
                            if (index >= 0) {
                                pages.put(named.getNamedDestination(), index + 1);
                            }
                        }
                    }
                }
            }
        }
        return pages;
    }

    private byte[] print(String chromium, Path dir, byte[] html, int pass) throws IOException {
        Path page = dir.resolve("report.html");
        Path pdf = dir.resolve("report-" + pass + ".pdf");
        Files.write(page, html);
        Path log = dir.resolve("chromium.log");
        Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--user-data-dir=" + dir.resolve("profile").toAbsolutePath(),
                "--no-pdf-header-footer", "--print-to-pdf=" + pdf.toAbsolutePath(),
                page.toAbsolutePath().toUri().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!p.waitFor(config.pdf().timeoutSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw unavailable("Chromium did not print the PDF within " + config.pdf().timeoutSeconds() + " s");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw unavailable("interrupted while printing the PDF");
        }
        if (p.exitValue() != 0 || !Files.exists(pdf) || Files.size(pdf) == 0) {
            String tail = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            tail = tail.length() > 400 ? tail.substring(tail.length() - 400) : tail;
            throw unavailable("Chromium (" + chromium + ") exited with " + p.exitValue() + " and no PDF: " + tail.strip());
        }
        return Files.readAllBytes(pdf);
    }

    /** Title, subject and language; no dates and a document id from the content, so the same facts give the same bytes. */
    private static byte[] finish(byte[] pdf, Report report) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(report.title() + " " + report.subtitle());
            info.setSubject(report.subtitle());
            info.setCreator("Khet report-service");
            info.setProducer("Khet report-service (Chromium, PDFBox)");
            doc.setDocumentInformation(info);
            doc.getDocumentCatalog().setLanguage("th");
            byte[] id = java.security.MessageDigest.getInstance("MD5").digest(pdf);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            doc.getDocumentCatalog().getCOSObject().removeItem(COSName.METADATA);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            doc.save(out);
            return out.toByteArray();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String chromium() {
        if (config.pdf().chromium().isPresent()) {
            String c = config.pdf().chromium().get();
            if (new File(c).canExecute()) {
                return c;
            }
            throw unavailable("khet.report.pdf.chromium names " + c + ", which is not an executable");
        }
        return CANDIDATES.stream().filter(c -> new File(c).canExecute()).findFirst()
                .orElseThrow(() -> unavailable("the PDF is printed by Chromium, which is not installed here "
                        + "(apt-get install chromium fonts-tlwg-laksaman-ttf, or set khet.report.pdf.chromium)"));
    }

    private static ProblemException unavailable(String detail) {
        return new ProblemException(503, "pdf-unavailable", "The PDF cannot be printed now", detail, null);
    }

    /** A temporary directory and everything in it (the PDF printers' and LibreOffice's work). */
    static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            LOG.debugf("could not delete %s: %s", dir, e.getMessage());
        }
    }
}
