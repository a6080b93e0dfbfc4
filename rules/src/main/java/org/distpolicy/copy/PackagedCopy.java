package org.distpolicy.copy;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.copy.CopyPackagedCode;

/**
 * How much of one archived package version a bundling package holds below one directory.
 *
 * @param originalFiles the original's countable files, for the share
 */
public record PackagedCopy(CopyFile bundler, String where, String originalArtifact, String originalPackage, String originalVersion,
                           long files, long bytes, long originalFiles) implements Serializable {
    /** A handful of equal files happens by chance (a common helper); three or more at the same relative paths does not. */
    public static final long MIN_FILES = 3;
    /**
     * Below a tenth of the original, a few equal files of a large package are more often shared
     * generated tables or a helper both took from a third party (x/text and x/net share six idna
     * files out of 545) than a bundled copy; unless there are many, or the directory says it.
     */
    public static final double MIN_SHARE = 0.10;
    public static final long MANY_FILES = 20;
    private static final Pattern BUNDLING_DIRECTORY = Pattern.compile("(^|.*/)(vendor|vendored|third_party|third-party|thirdparty|bundled|deps)/.*");

    public double share() {
        return originalFiles == 0 ? 0 : (double) files / originalFiles;
    }

    public boolean meaningful() {
        return files >= MIN_FILES && (share() >= MIN_SHARE || files >= MANY_FILES || BUNDLING_DIRECTORY.matcher(where).matches());
    }

    /** Of the versions of one original, the one the copy matches best: most files, then the larger share. */
    public static final Comparator<PackagedCopy> BEST = Comparator.comparingLong(PackagedCopy::files)
            .thenComparingDouble(PackagedCopy::share)
            .thenComparing(PackagedCopy::originalArtifact, Comparator.reverseOrder());

    public Finding finding() {
        String version = originalVersion == null ? "" : " " + originalVersion;
        return Finding.of(CopyPackagedCode.INSTANCE, bundler.ecosystem(), bundler.packageName(), bundler.version(), where,
                where + " holds " + files + " files identical to " + originalPackage + version + " (" + originalArtifact + "): "
                        + files + " of its " + originalFiles + " files (" + String.format(Locale.ROOT, "%.0f%%", 100 * share()) + "), "
                        + bytes + " bytes",
                bundler.artifact(), "copy " + originalPackage + " " + where);
    }
}
