package org.distpolicy.jobs.tools;

/** What {@code cargo generate-lockfile} said about one root. */
record CargoVerdict(Outcome outcome, String firstErrorLine, String errorText) {
    enum Outcome { INSTALLABLE, FAILED, TIMEOUT }

    boolean installable() {
        return outcome == Outcome.INSTALLABLE;
    }

    static CargoVerdict of(int exitCode, String stderr) {
        if (exitCode == 0) {
            return new CargoVerdict(Outcome.INSTALLABLE, "", "");
        }
        return new CargoVerdict(Outcome.FAILED, firstErrorLine(stderr), stderr);
    }

    static CargoVerdict timeout(long seconds) {
        String line = "timed out after " + seconds + " s";
        return new CargoVerdict(Outcome.TIMEOUT, line, line);
    }

    /** cargo prints warnings (unused manifest keys, …) before its error: the error is what failed. */
    private static String firstErrorLine(String stderr) {
        String fallback = "";
        for (String line : stderr.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("error")) {
                return trimmed;
            }
            if (fallback.isEmpty() && !trimmed.isEmpty() && !trimmed.startsWith("warning")) {
                fallback = trimmed;
            }
        }
        return fallback;
    }
}
