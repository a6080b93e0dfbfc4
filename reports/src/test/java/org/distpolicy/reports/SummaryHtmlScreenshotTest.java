package org.distpolicy.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Renders summary.html in headless Chromium (Debian's chromium package) and looks at the
 * screenshot: the page draws, offline, with the trend chart's bars and line in their colours.
 * Skipped only where chromium is missing and DISTPOLICY_REQUIRE_CHROMIUM is unset; .ci/run
 * installs chromium and sets it, so CI can never skip this silently.
 */
class SummaryHtmlScreenshotTest {
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 1200;
    /** The chart's fills and stroke in SummaryHtml: new (red), fixed (green), open (blue). */
    private static final int NEW_RED = 0xcc3333;
    private static final int FIXED_GREEN = 0x33aa33;
    private static final int OPEN_BLUE = 0x3366cc;

    private static Optional<Path> chromium() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static RunSummary summary() {
        List<RunSummary.TrendPoint> trend = List.of(
                new RunSummary.TrendPoint("20261116T030000Z", 40, 40, 0), new RunSummary.TrendPoint("20261117T030000Z", 46, 9, 3),
                new RunSummary.TrendPoint("20261118T030000Z", 38, 2, 10), new RunSummary.TrendPoint("20261119T030000Z", 38, 0, 0),
                new RunSummary.TrendPoint("20261120T030000Z", 50, 14, 2), new RunSummary.TrendPoint("20261121T030000Z", 31, 1, 20),
                new RunSummary.TrendPoint("20261122T030000Z", 33, 6, 4));
        return new RunSummary("20261122T030000Z", "file:/srv/archive", 3508,
                Map.of("crate-dir", 2100L, "go-source-tree", 1400L, "link", 8L), Map.of("ok", 3500L, "artifact/unreadable", 8L),
                List.of(new RunSummary.RuleCount("cargo/missing-crate", "error", 21), new RunSummary.RuleCount("go/missing-module", "error", 7),
                        new RunSummary.RuleCount("cargo/vendored-sources", "warning", 5)),
                List.of(new RunSummary.Wanted("cargo", "windows-sys", "^0.52", 40, 12), new RunSummary.Wanted("go", "k8s.io/apimachinery", "*", 45, 3)),
                List.of(new RunSummary.PackageCount("cargo", "tokio-util", 3, 1, 0), new RunSummary.PackageCount("go", "github.com/docker/docker", 2, 0, 4)),
                Map.of(),
                new RunSummary.Changes(6, 4, 27,
                        List.of(new RunSummary.Change("cargo/missing-crate", "error", new RunSummary.Example("tokio-util", "0.7.11", "tokio", "needs tokio ^1.38"))),
                        List.of(new RunSummary.Change("go/missing-module", "error", new RunSummary.Example("github.com/docker/docker", null, null, "gone")))),
                trend);
    }

    @Test
    void chromiumDrawsThePageWithItsTrendChart() throws IOException, InterruptedException {
        Optional<Path> chromium = chromium();
        if (chromium.isEmpty()) {
            if ("1".equals(System.getenv("DISTPOLICY_REQUIRE_CHROMIUM"))) {
                fail("DISTPOLICY_REQUIRE_CHROMIUM=1 but no chromium on PATH");
            }
            assumeTrue(false, "chromium is not installed (apt-get install chromium)");
        }
        Path dir = Files.createDirectories(Path.of("target", "screenshot").toAbsolutePath());
        Path page = dir.resolve("summary.html");
        Path png = dir.resolve("summary.png");
        Files.writeString(page, SummaryHtml.render(summary()));
        Files.deleteIfExists(png);

        List<String> command = new ArrayList<>(List.of(chromium.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--no-first-run", "--user-data-dir=" + dir.resolve("profile"),
                "--window-size=" + WIDTH + "," + HEIGHT, "--screenshot=" + png, page.toUri().toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("chromium took over 120 s; see " + dir.resolve("chromium.log"));
        }
        assertTrue(Files.isRegularFile(png), "no screenshot; see " + dir.resolve("chromium.log"));

        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(WIDTH, image.getWidth());
        assertEquals(HEIGHT, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        long red = 0;
        long green = 0;
        long blue = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                red += rgb == NEW_RED ? 1 : 0;
                green += rgb == FIXED_GREEN ? 1 : 0;
                blue += rgb == OPEN_BLUE ? 1 : 0;
            }
        }
        assertTrue(colours.size() > 20, "a blank page: " + colours.size() + " colours");
        // Bars are step/4 = 20 px wide: the 72 new findings are hundreds of solid red pixels, likewise green; the line is 2 px.
        assertTrue(red > 500, "the new-findings bars: " + red + " red pixels");
        assertTrue(green > 200, "the fixed-findings bars: " + green + " green pixels");
        assertTrue(blue > 100, "the open-findings line: " + blue + " blue pixels");
    }
}
