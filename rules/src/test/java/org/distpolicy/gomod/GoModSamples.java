package org.distpolicy.gomod;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The go.mod files the tests share. */
final class GoModSamples {
    private GoModSamples() {
    }

    /** A go.mod shaped like Kubernetes': large require blocks, staging replaces, every directive kind. */
    static String kubernetesLike() {
        try (InputStream in = GoModSamples.class.getResourceAsStream("kubernetes-like.go.mod")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based line of the first line of {@code text} that contains {@code fragment}. */
    static int lineOf(String text, String fragment) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line contains " + fragment);
    }
}
