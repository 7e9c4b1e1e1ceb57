package org.khet.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The stacks' JVMs take each module's production JVM settings from its Dockerfile (ADR 0045). */
class StackJvmTest {

    @Test
    void reportServiceRunsWhatItsImageRuns() throws Exception {
        // the image's JAVA_OPTS_APPEND: the two -D options are the image's own, only the -XX: one is a JVM setting
        assertEquals(List.of("-XX:TieredStopAtLevel=1"), Stack.productionJvm(Stack.ROOT, "report-service"));
        // the other services keep the JVM's default compilers
        assertEquals(List.of(), Stack.productionJvm(Stack.ROOT, "school-service"));
    }

    @Test
    void onlyTheXxOptionsOfTheAppendLineAreTaken(@TempDir Path jars) throws Exception {
        Path docker = Files.createDirectories(jars.resolve("some-service/src/main/docker"));
        Files.writeString(docker.resolve("Dockerfile.jvm"), """
                # - JAVA_OPTS_APPEND: User specified Java options ("-XX:ShouldNotBeTaken=1" in a comment)
                ENV JAVA_OPTS="-XX:NotThisLineEither=1"
                ENV JAVA_OPTS_APPEND="-Dquarkus.http.host=0.0.0.0  -XX:+UseSerialGC -Xmx1g -XX:CICompilerCount=2"
                """);
        assertEquals(List.of("-XX:+UseSerialGC", "-XX:CICompilerCount=2"), Stack.productionJvm(jars, "some-service"));
        // a build without the module's Dockerfile (a copy of another build's jars): this checkout's
        assertEquals(Stack.productionJvm(Stack.ROOT, "report-service"), Stack.productionJvm(jars, "report-service"));
        // neither has one
        assertEquals(List.of(), Stack.productionJvm(jars, "no-such-module"));
    }
}
