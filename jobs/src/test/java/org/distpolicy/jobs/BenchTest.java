package org.distpolicy.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchTest {
    @Test
    void jitWithoutDirectivesIsTheJvmDefault() {
        assertEquals("the JVM's default (DISTPOLICY_JIT=full)", Bench.jit(List.of("-Xmx6g", "-XX:+UseParallelGC")));
    }

    @Test
    void jitNamesTheDirectivesFile() {
        assertEquals("compiler directives /opt/distpolicy/jobs/target/launcher/quick-jit.json (DISTPOLICY_JIT=quick)",
                Bench.jit(List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:CompilerDirectivesFile=/opt/distpolicy/jobs/target/launcher/quick-jit.json")));
    }

    @Test
    void jitTakesTheLastDirectivesFileAsTheJvmDoes() {
        assertEquals("compiler directives /b.json (DISTPOLICY_JIT=quick)",
                Bench.jit(List.of("-XX:CompilerDirectivesFile=/a.json", "-XX:CompilerDirectivesFile=/b.json")));
    }
}
