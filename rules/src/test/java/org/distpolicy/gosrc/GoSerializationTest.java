package org.distpolicy.gosrc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Spark ships headers, contexts and results between executors by Java serialization. */
class GoSerializationTest {
    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @Test
    void everyResultSurvivesSerialization() throws Exception {
        GoFileHeader header = GoFileHeader.parse(
                "//go:build (linux || darwin) && !(386 || arm)\n\npackage p\n\nimport \"os\"\n".getBytes(UTF_8), true);
        GoFileHeader copy = roundTrip(header);
        assertEquals(header, copy);
        assertEquals("(linux || darwin) && !(386 || arm)", copy.constraint().toString());
        assertEquals(GoConstraint.NONE, roundTrip(GoConstraint.NONE));
        GoBuildContext context = GoBuildContext.defaults("1.24");
        assertEquals(context, roundTrip(context));
        GoTreePackages packages = GoPackageScanner.scan("example.com/m", List.of("p.go"), Map.of("p.go", header), context);
        assertEquals(1, packages.packages().size());
        assertEquals(packages, roundTrip(packages));
    }
}
