package org.distpolicy.gomod;

import static org.distpolicy.gomod.GoStrconv.quote;
import static org.distpolicy.gomod.GoStrconv.quoteRune;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Module and import path rules of golang.org/x/mod/module. Checks answer cmd/go's message for a
 * bad path, or null for a good one, because a policy finding wants the reason, not an exception.
 */
public final class GoModulePath {
    /** Element names Windows reserves whatever the case or extension; module paths must avoid them. */
    private static final List<String> WINDOWS_RESERVED = List.of(
            "CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private GoModulePath() {
    }

    /**
     * A path split into its prefix and major-version suffix: "/v2" for "example.com/m/v2", ".v3"
     * for "gopkg.in/yaml.v3", "" when the path has none.
     */
    public record Split(String prefix, String pathMajor) {
    }

    /**
     * module.CheckPath, the rule for a module path in a require or on a proxy: a valid import path
     * whose first element is a lower-case domain name with a dot, without leading dots in any
     * element, and whose version suffix, if any, is well formed.
     *
     * @return "malformed module path "…": reason", or null if the path is valid
     */
    public static String check(String path) {
        String problem = modulePathProblem(Objects.requireNonNull(path, "path"));
        return problem == null ? null : "malformed module path " + quote(path) + ": " + problem;
    }

    /**
     * module.CheckImportPath: one or more non-empty elements separated by slashes, of ASCII letters,
     * digits and "-._~+", not ending in a dot, avoiding Windows reserved and short names.
     *
     * @return "malformed import path "…": reason", or null if the path is valid
     */
    public static String checkImport(String path) {
        String problem = importPathProblem(Objects.requireNonNull(path, "path"));
        return problem == null ? null : "malformed import path " + quote(path) + ": " + problem;
    }

    /**
     * module.SplitPathVersion. Empty when the final element looks like a version but is not a
     * valid one: "example.com/m/v1", "example.com/m/v2.0", "example.com/m/v02", "gopkg.in/yaml".
     */
    public static Optional<Split> splitPathVersion(String path) {
        Objects.requireNonNull(path, "path");
        if (path.startsWith("gopkg.in/")) {
            return splitGopkgIn(path);
        }
        int i = path.length();
        boolean dot = false;
        while (i > 0 && (isDigit(path.charAt(i - 1)) || path.charAt(i - 1) == '.')) {
            dot |= path.charAt(i - 1) == '.';
            i--;
        }
        if (i <= 1 || i == path.length() || path.charAt(i - 1) != 'v' || path.charAt(i - 2) != '/') {
            return Optional.of(new Split(path, ""));
        }
        String pathMajor = path.substring(i - 2);
        if (dot || pathMajor.charAt(2) == '0' || pathMajor.equals("/v1")) {
            return Optional.empty();
        }
        return Optional.of(new Split(path.substring(0, i - 2), pathMajor));
    }

    /** gopkg.in paths always carry their major version, as ".vN" (N may be 0 or 1), maybe "-unstable". */
    private static Optional<Split> splitGopkgIn(String path) {
        int i = path.length();
        if (path.endsWith("-unstable")) {
            i -= "-unstable".length();
        }
        while (i > 0 && isDigit(path.charAt(i - 1))) {
            i--;
        }
        if (i <= 1 || path.charAt(i - 1) != 'v' || path.charAt(i - 2) != '.') {
            return Optional.empty();
        }
        String pathMajor = path.substring(i - 2);
        if (pathMajor.length() <= 2 || pathMajor.charAt(2) == '0' && !pathMajor.equals(".v0")) {
            return Optional.empty();
        }
        return Optional.of(new Split(path.substring(0, i - 2), pathMajor));
    }

    /**
     * module.UnescapePath: undoes the proxy's case encoding ("!x" stands for "X", since proxies may
     * live on case-insensitive file systems). Empty if the encoding is malformed or the decoded
     * path is not a valid module path.
     */
    public static Optional<String> unescape(String escaped) {
        StringBuilder path = new StringBuilder(Objects.requireNonNull(escaped, "escaped").length());
        boolean bang = false;
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c >= 0x80) {
                return Optional.empty();
            }
            if (bang) {
                if (c < 'a' || c > 'z') {
                    return Optional.empty();
                }
                path.append(Character.toUpperCase(c));
                bang = false;
            } else if (c == '!') {
                bang = true;
            } else if (c >= 'A' && c <= 'Z') {
                return Optional.empty();
            } else {
                path.append(c);
            }
        }
        if (bang || check(path.toString()) != null) {
            return Optional.empty();
        }
        return Optional.of(path.toString());
    }

    /**
     * modfile.IsDirectoryPath: whether a replacement target is a directory rather than a module.
     * Both Unix and Windows forms count, because go.mod files move between systems.
     */
    public static boolean isDirectoryPath(String path) {
        return path.equals(".") || path.startsWith("./") || path.startsWith(".\\")
                || path.equals("..") || path.startsWith("../") || path.startsWith("..\\")
                || path.startsWith("/") || path.startsWith("\\")
                || path.length() >= 2 && isAsciiLetter(path.charAt(0)) && path.charAt(1) == ':';
    }

    /**
     * module.CheckPathMajor: why version v cannot belong to a path with this major suffix, e.g.
     * "should be v2, not v1", or null if it can.
     */
    static String pathMajorProblem(String v, String pathMajor) {
        String major = pathMajor;
        if (major.startsWith(".v") && major.endsWith("-unstable")) {
            major = major.substring(0, major.length() - "-unstable".length());
        }
        if (v.startsWith("v0.0.0-") && major.equals(".v1")) {
            // Early vgo wrote v0 pseudo-versions for gopkg.in/x.v1; go.mod files still hold them.
            return null;
        }
        String actual = GoSemver.major(v);
        String expected;
        if (major.isEmpty()) {
            if (actual.equals("v0") || actual.equals("v1") || GoSemver.build(v).equals("+incompatible")) {
                return null;
            }
            expected = "v0 or v1";
        } else {
            expected = major.substring(1);
            if (actual.equals(expected)) {
                return null;
            }
        }
        return "should be " + expected + ", not " + actual;
    }

    /** What module.CheckPath objects to, without the "malformed module path" prefix. */
    private static String modulePathProblem(String path) {
        String problem = pathProblem(path, PathKind.MODULE);
        if (problem != null) {
            return problem;
        }
        int slash = path.indexOf('/');
        String first = slash < 0 ? path : path.substring(0, slash);
        if (!first.contains(".")) {
            return "missing dot in first path element";
        }
        for (int i = 0; i < first.length(); i++) {
            char c = first.charAt(i);
            if (!(c == '-' || c == '.' || isDigit(c) || c >= 'a' && c <= 'z')) {
                return "invalid char " + quoteRune(c) + " in first path element";
            }
        }
        return splitPathVersion(path).isPresent() ? null : "invalid version";
    }

    /** What module.CheckImportPath objects to, without the "malformed import path" prefix. */
    static String importPathProblem(String path) {
        return pathProblem(path, PathKind.IMPORT);
    }

    private enum PathKind { MODULE, IMPORT }

    private static String pathProblem(String path, PathKind kind) {
        if (hasLoneSurrogate(path)) {
            return "invalid UTF-8";
        }
        if (path.isEmpty()) {
            return "empty string";
        }
        if (path.charAt(0) == '-') {
            return "leading dash";
        }
        if (path.contains("//")) {
            return "double slash";
        }
        if (path.endsWith("/")) {
            return "trailing slash";
        }
        for (String element : path.split("/", -1)) {
            String problem = elementProblem(element, kind);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static String elementProblem(String element, PathKind kind) {
        if (element.isEmpty()) {
            return "empty path element";
        }
        if (element.chars().allMatch(c -> c == '.')) {
            return "invalid path element " + quote(element);
        }
        if (element.charAt(0) == '.' && kind == PathKind.MODULE) {
            return "leading dot in path element";
        }
        if (element.endsWith(".")) {
            return "trailing dot in path element";
        }
        for (int i = 0; i < element.length(); i += Character.charCount(element.codePointAt(i))) {
            int c = element.codePointAt(i);
            if (!isPathChar(c, kind)) {
                return "invalid char " + quoteRune(c);
            }
        }
        int dot = element.indexOf('.');
        String name = dot < 0 ? element : element.substring(0, dot);
        if (WINDOWS_RESERVED.stream().anyMatch(name::equalsIgnoreCase)) {
            return quote(name) + " disallowed as path element component on Windows";
        }
        if (looksLikeWindowsShortName(name)) {
            return "trailing tilde and digits in path element";
        }
        return null;
    }

    /** Module paths leave out '+', which changes meaning in URLs; import paths keep it for "c++"-like names. */
    private static boolean isPathChar(int c, PathKind kind) {
        return c == '-' || c == '.' || c == '_' || c == '~'
                || isDigit(c) || isAsciiLetter(c)
                || c == '+' && kind == PathKind.IMPORT;
    }

    /** "PROGRA~1": a tilde followed by nothing but digits at the end of the name. */
    private static boolean looksLikeWindowsShortName(String name) {
        int tilde = name.lastIndexOf('~');
        return tilde >= 0 && tilde < name.length() - 1
                && name.substring(tilde + 1).chars().allMatch(GoModulePath::isDigit);
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
