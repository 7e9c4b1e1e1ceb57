package org.khet.project;

import org.junit.jupiter.api.Test;
import org.khet.project.service.ImageSniffer;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ImageSnifferTest {

    @Test
    void knowsJpegPngAndWebpByTheirFirstBytes() {
        assertEquals(Optional.of("image/jpeg"), ImageSniffer.sniff(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0}));
        assertEquals(Optional.of("image/png"), ImageSniffer.sniff(new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0}));
        assertEquals(Optional.of("image/webp"), ImageSniffer.sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void textRenamedToJpgIsNotAnImage() {
        assertEquals(Optional.empty(), ImageSniffer.sniff("ภาพกิจกรรม.jpg".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), ImageSniffer.sniff("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(Optional.empty(), ImageSniffer.sniff(new byte[]{(byte) 0xFF, (byte) 0xD8}));
        assertEquals(Optional.empty(), ImageSniffer.sniff(new byte[0]));
    }
}
