package org.khet.devstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** ./khet's dev broker takes settings of its own (ADR 0036, stop 33); the test kit's brokers keep KafkaBroker's. */
class KafkaBrokerTest {

    @Test
    void namedSettingsReplaceTheBrokersOwnAndTheOthersStay(@TempDir Path dir) throws Exception {
        Properties p = load(KafkaBroker.writeConfig(dir, 19092, 19093,
                KafkaBroker.settings(List.of("num.io.threads=2", "log.cleaner.dedupe.buffer.size=2097152"))));
        assertEquals("2", p.getProperty("num.io.threads"));
        assertEquals("2097152", p.getProperty("log.cleaner.dedupe.buffer.size"), "instead of the broker's 8 MB");
        assertEquals("3", p.getProperty("num.partitions"), "the broker's own settings stay");
        assertEquals("PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093", p.getProperty("listeners"));
    }

    @Test
    void withoutSettingsTheBrokerKeepsKafkasThreadsAndItsOwnCleanerBuffer(@TempDir Path dir) throws Exception {
        Properties p = load(KafkaBroker.writeConfig(dir, 19092, 19093));
        assertNull(p.getProperty("num.io.threads"), "Kafka's default");
        assertEquals(String.valueOf(8 * 1024 * 1024), p.getProperty("log.cleaner.dedupe.buffer.size"));
    }

    @Test
    void aWordThatIsNotANameAndValueIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> KafkaBroker.settings(List.of("num.io.threads")));
        assertThrows(IllegalArgumentException.class, () -> KafkaBroker.settings(List.of("=2")));
    }

    private static Properties load(Path file) throws Exception {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
