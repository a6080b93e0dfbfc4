package org.distpolicy.jobs;

/** The tool's version, from the jar manifest when packaged. */
final class Version {
    private Version() {
    }

    static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
