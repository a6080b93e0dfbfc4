package org.distpolicy.gosrc;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a file's build constraint in its leading comments, as go/build's parseFileHeader and
 * shouldBuild do. A //go:build line counts anywhere in the run of comments and blank lines before
 * the first code; "// +build" lines count only up to the last blank line of the leading run of
 * "//" comments and blank lines, so that a package doc comment directly above the package clause
 * is never read as a constraint.
 */
final class GoBuildComments {
    private static final String GO_BUILD = "//go:build";

    private GoBuildComments() {
    }

    /** @param problem null, or why the constraint cannot be used (the constraint is then Invalid) */
    record Result(GoConstraint constraint, String problem) {
    }

    /** @param source the file's text after any byte order mark */
    static Result read(String source) {
        // Lines are cut one by one up to the first code: a source has thousands after its header.
        List<String> lines = new ArrayList<>();
        int plusBuildEnd = 0;
        boolean ended = false;
        boolean inBlockComment = false;
        String goBuild = null;
        int goBuildLine = 0;
        lines:
        for (int i = 0, from = 0; from <= source.length(); i++) {
            int newline = source.indexOf('\n', from);
            int end = newline < 0 ? source.length() : newline;
            lines.add(source.substring(from, end));
            from = end + 1;
            String line = lines.get(i).strip();
            if (line.isEmpty() && !ended) {
                plusBuildEnd = i + 1;
                continue;
            }
            if (!line.startsWith("//")) {
                ended = true;
            }
            if (!inBlockComment && isGoBuildComment(line)) {
                if (goBuild != null) {
                    String problem = "line " + (i + 1) + ": multiple //go:build comments";
                    return new Result(new GoConstraint.Invalid(goBuild, "multiple //go:build comments"), problem);
                }
                goBuild = line.substring(GO_BUILD.length()).strip();
                goBuildLine = i + 1;
            }
            while (!line.isEmpty()) {
                if (inBlockComment) {
                    int close = line.indexOf("*/");
                    if (close < 0) {
                        continue lines;
                    }
                    inBlockComment = false;
                    line = line.substring(close + 2).strip();
                } else if (line.startsWith("//")) {
                    continue lines;
                } else if (line.startsWith("/*")) {
                    inBlockComment = true;
                    line = line.substring(2).strip();
                } else {
                    break lines;
                }
            }
        }
        if (goBuild != null) {
            GoConstraint constraint = GoConstraintParser.parseGoBuild(goBuild);
            String problem = constraint instanceof GoConstraint.Invalid invalid
                    ? "line " + goBuildLine + ": parsing //go:build line: " + invalid.reason()
                    : null;
            return new Result(constraint, problem);
        }
        return new Result(plusBuildConstraint(lines.subList(0, plusBuildEnd)), null);
    }

    /** constraint.IsGoBuild: "//go:build" followed by nothing or by space. */
    private static boolean isGoBuildComment(String line) {
        if (!line.startsWith(GO_BUILD)) {
            return false;
        }
        String rest = line.substring(GO_BUILD.length());
        return rest.isEmpty() || Character.isWhitespace(rest.charAt(0));
    }

    private static GoConstraint plusBuildConstraint(List<String> lines) {
        List<GoConstraint> constraints = new ArrayList<>();
        for (String line : lines) {
            String words = plusBuildWords(line.strip());
            if (words != null) {
                constraints.add(GoConstraintParser.parsePlusBuild(words));
            }
        }
        return switch (constraints.size()) {
            case 0 -> GoConstraint.NONE;
            case 1 -> constraints.get(0);
            default -> new GoConstraint.And(constraints);
        };
    }

    /** constraint.splitPlusBuild: the words after "// +build", or null if the line is no such comment. */
    private static String plusBuildWords(String line) {
        if (!line.startsWith("//")) {
            return null;
        }
        String comment = line.substring(2).strip();
        if (!comment.startsWith("+build")) {
            return null;
        }
        String rest = comment.substring("+build".length());
        if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0))) {
            return null;
        }
        return rest.strip();
    }
}
