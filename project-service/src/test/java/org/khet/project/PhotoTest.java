package org.khet.project;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.khet.kit.org.OrgDirectory;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** Activity photos: only real images within the size limit, served back as they were with their type. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class PhotoTest {
    @Inject
    OrgDirectory directory;

    /** Each test's project has its own number, unique and positive for the run (one database per test JVM). */
    static final java.util.concurrent.atomic.AtomicInteger NUMBER = new java.util.concurrent.atomic.AtomicInteger();

    String projectId;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @BeforeEach
    void project() {
        TestData.areas(directory);
        int number = NUMBER.incrementAndGet();
        projectId = given().contentType(ContentType.JSON).body(Map.of("fiscalYear", 2565, "planKind", "ADDITIONAL",
                        "number", number, "title", "โครงการบ้านนักวิทยาศาสตร์น้อย ประเทศไทย ระดับปฐมวัย",
                        "budget", new BigDecimal("25000.00"), "owners", List.of(Map.of("nameTh", "นางนงคราญ ไชยวงศ์"))))
                .post("/v1/areas/5601/projects").then().statusCode(201).extract().jsonPath().getString("id");
    }

    static byte[] png(int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    static byte[] jpeg() throws IOException {
        BufferedImage img = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "jpg", out);
        return out.toByteArray();
    }

    @Test
    void multipartJpegAndRawPngAreStoredAndServedWithTheirType() throws IOException {
        byte[] jpg = jpeg();
        String href = given().multiPart("file", "กิจกรรม.bin", jpg, "application/octet-stream")
                .multiPart(new io.restassured.builder.MultiPartSpecBuilder("ภาพกิจกรรมการอบรมครู").controlName("caption")
                        .mimeType("text/plain").charset(StandardCharsets.UTF_8).build())
                .post("/v1/projects/" + projectId + "/photos")
                .then().statusCode(201).body("contentType", is("image/jpeg")).body("caption", is("ภาพกิจกรรมการอบรมครู"))
                .extract().jsonPath().getString("href");
        var photo = given().get(href).then().statusCode(200).contentType("image/jpeg").extract();
        assertArrayEquals(jpg, photo.asByteArray());
        // the photo's ETag is its SHA-256: a browser's conditional read gets 304 and no bytes
        given().header("If-None-Match", photo.header("ETag")).get(href).then().statusCode(304);

        byte[] png = png(16, 16);
        given().contentType("image/jpeg").body(png).post("/v1/projects/" + projectId + "/photos?caption=ภาพหมู่")
                .then().statusCode(201).body("contentType", is("image/png"));
        given().get("/v1/projects/" + projectId).then()
                .body("photos.contentType", contains("image/jpeg", "image/png"))
                .body("photos.caption", contains("ภาพกิจกรรมการอบรมครู", "ภาพหมู่"));
        // the area's list reads its page's photos in one statement: each project gets its own, in the order stored,
        // and a project without photos none
        String other = given().contentType(ContentType.JSON).body(Map.of("fiscalYear", 2565, "planKind", "ADDITIONAL",
                        "number", NUMBER.incrementAndGet(), "title", "โครงการไม่มีภาพกิจกรรม", "budget", new BigDecimal("1000.00"),
                        "owners", List.of(Map.of("nameTh", "นางนงคราญ ไชยวงศ์"))))
                .post("/v1/areas/5601/projects").then().statusCode(201).extract().jsonPath().getString("id");
        var list = given().queryParam("fiscalYear", 2565).queryParam("size", 500).get("/v1/areas/5601/projects")
                .then().statusCode(200).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(List.of("ภาพกิจกรรมการอบรมครู", "ภาพหมู่"),
                list.getList("items.find { it.id == '" + projectId + "' }.photos.caption"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(),
                list.getList("items.find { it.id == '" + other + "' }.photos"));
        List<Map<String, Object>> items = list.getList("items");
        for (Map<String, Object> item : items) {
            for (Object shown : (List<?>) item.get("photos")) {
                org.junit.jupiter.api.Assertions.assertEquals(item.get("id"), ((Map<?, ?>) shown).get("projectId"));
            }
        }

        given().delete(href).then().statusCode(204);
        given().get(href).then().statusCode(404);
        given().get("/v1/projects/" + projectId + "/photos").then().body("contentType", contains("image/png"));
        String photoId = href.substring(href.lastIndexOf('/') + 1);
        var events = org.khet.testkit.TopicReader.await(bootstrap, "khet.project", e -> projectId.equals(e.subject())
                && e.type().startsWith("project.ProjectPhoto"), 3, java.time.Duration.ofSeconds(30));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("project.ProjectPhotoAdded.v1", "project.ProjectPhotoAdded.v1",
                "project.ProjectPhotoRemoved.v1"), events.stream().map(r -> r.event().type()).toList());
        org.junit.jupiter.api.Assertions.assertEquals(photoId, events.get(2).event().data().get("photoId").asText());
    }

    @Test
    void aTextFileRenamedToJpgAndAnOversizePhotoAreRefusedAndNothingIsStored() {
        given().multiPart("file", "ภาพกิจกรรม.jpg", "นี่ไม่ใช่รูปภาพ".getBytes(StandardCharsets.UTF_8), "image/jpeg")
                .post("/v1/projects/" + projectId + "/photos")
                .then().statusCode(415).contentType("application/problem+json");
        byte[] big = new byte[1024 * 1024 + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        given().contentType("image/jpeg").body(big).post("/v1/projects/" + projectId + "/photos")
                .then().statusCode(413).contentType("application/problem+json").body("detail", containsString("1048576"));
        given().get("/v1/projects/" + projectId + "/photos").then().statusCode(200).body("size()", is(0));
        given().get("/v1/projects/" + projectId + "/photos/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aFileThatOnlyStartsLikeAnImageOrClaimsAHugeOneIsRefusedAndNothingIsStored() throws IOException {
        String project = "/v1/projects/" + projectId + "/photos";
        // a JPEG's first three bytes, then text; a real PNG cut in half; a PNG header claiming 100,000 × 100,000 pixels
        byte[] fakeJpeg = new byte[200];
        fakeJpeg[0] = (byte) 0xFF;
        fakeJpeg[1] = (byte) 0xD8;
        fakeJpeg[2] = (byte) 0xFF;
        given().contentType("image/jpeg").body(fakeJpeg).post(project)
                .then().statusCode(415).contentType("application/problem+json")
                .body("detail", containsString("does not decode as one"));
        byte[] png = png(64, 64);
        given().contentType("image/png").body(java.util.Arrays.copyOf(png, png.length / 2)).post(project)
                .then().statusCode(415).contentType("application/problem+json")
                .body("detail", containsString("PNG"));
        byte[] huge = java.util.Arrays.copyOf(png, png.length);
        java.nio.ByteBuffer.wrap(huge, 16, 8).putInt(100_000).putInt(100_000); // IHDR width and height
        given().contentType("image/png").body(huge).post(project)
                .then().statusCode(415).contentType("application/problem+json")
                .body("detail", anyOf(containsString("100000 × 100000"), containsString("does not decode")));
        byte[] fakeWebp = java.util.Arrays.copyOf(WEBP, WEBP.length);
        fakeWebp[12] = 'T'; // "VP8L" becomes "TP8L": a RIFF WEBP file without an image chunk
        given().contentType("image/webp").body(fakeWebp).post(project)
                .then().statusCode(415).contentType("application/problem+json")
                .body("detail", containsString("no image chunk"));
        given().contentType("image/webp").body(java.util.Arrays.copyOf(WEBP, WEBP.length + 7)).post(project)
                .then().statusCode(415).body("detail", containsString("RIFF header says " + WEBP.length));
        given().get(project).then().statusCode(200).body("size()", is(0));
    }

    /** A lossless 1×1 WebP (RIFF … WEBP VP8L), as a phone or an editor would save it. */
    static final byte[] WEBP = java.util.Base64.getDecoder().decode(
            "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    @Test
    void aWebpPhotoIsStoredAndServedAsWebp() {
        // a caption of 900 Thai characters (2,700 bytes of UTF-8) is within the limit of 1000 characters
        String caption = "ภาพ".repeat(300);
        String href = given().multiPart("file", "ภาพ.jpg", WEBP, "image/jpeg")
                .multiPart(new io.restassured.builder.MultiPartSpecBuilder(caption).controlName("caption")
                        .mimeType("text/plain").charset(StandardCharsets.UTF_8).build())
                .post("/v1/projects/" + projectId + "/photos")
                .then().statusCode(201).body("contentType", is("image/webp")).body("sizeBytes", is(WEBP.length))
                .body("caption", is(caption))
                .extract().jsonPath().getString("href");
        byte[] back = given().get(href).then().statusCode(200).contentType("image/webp")
                .header("X-Content-Type-Options", "nosniff").extract().asByteArray();
        assertArrayEquals(WEBP, back);
    }

    @Test
    void anEmptyPhotoALongCaptionAndAMultipartWithoutAFileAreRefusedByField() throws IOException {
        given().contentType("image/png").body(new byte[0]).post("/v1/projects/" + projectId + "/photos")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", is("file"));
        given().multiPart("file", "ภาพ.png", png(4, 4), "image/png")
                .multiPart(new io.restassured.builder.MultiPartSpecBuilder("ภาพ".repeat(334)).controlName("caption")
                        .mimeType("text/plain").charset(StandardCharsets.UTF_8).build())
                .post("/v1/projects/" + projectId + "/photos")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", is("caption"));
        given().multiPart(new io.restassured.builder.MultiPartSpecBuilder("ภาพกิจกรรม").controlName("caption")
                        .mimeType("text/plain").charset(StandardCharsets.UTF_8).build())
                .post("/v1/projects/" + projectId + "/photos")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", is("file"));
        given().get("/v1/projects/" + projectId + "/photos").then().statusCode(200).body("size()", is(0));
        given().get("/v1/projects/" + projectId).then().header("ETag", is("\"0\""));
    }
}
