package org.distpolicy.gosrc;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * What the start of one .go file says: its build constraint, package name and imports, read as
 * cmd/go reads them without parsing the rest of the file.
 *
 * @param packageName the package clause's name, "" if the header has none
 * @param constraint  the build constraint, {@link GoConstraint#NONE} if there is none
 * @param imports     the imports in file order (blank, dot and named ones alike)
 * @param problem     null when the header parsed; else why not, and imports may then be partial
 */
public record GoFileHeader(String packageName, GoConstraint constraint, List<GoImport> imports, String problem)
        implements Serializable {
    private static final int BOM_LENGTH = 3;

    public GoFileHeader {
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(constraint, "constraint");
        imports = List.copyOf(imports);
    }

    /**
     * Parses the start of a file: leading comments and build constraints, package clause, import
     * declarations, up to the first other declaration. Never throws on any input.
     *
     * @param head     the first bytes of the file
     * @param complete false when the file goes on beyond head; an import section that has not
     *                 ended within head is then a problem, not a syntax error
     */
    public static GoFileHeader parse(byte[] head, boolean complete) {
        int start = hasByteOrderMark(head) ? BOM_LENGTH : 0;
        GoHeaderReader.Result header = GoHeaderReader.read(head, start, complete);
        String text = new String(head, start, head.length - start, StandardCharsets.UTF_8);
        GoBuildComments.Result build = GoBuildComments.read(text);
        String problem = header.problem() == null ? build.problem()
                : build.problem() == null ? header.problem()
                : header.problem() + "; " + build.problem();
        return new GoFileHeader(header.packageName(), build.constraint(), header.imports(), problem);
    }

    /** Whether the file imports "C", which makes it a cgo file. */
    public boolean importsC() {
        return imports.stream().anyMatch(i -> i.path().equals("C"));
    }

    private static boolean hasByteOrderMark(byte[] head) {
        return head.length >= BOM_LENGTH
                && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF;
    }
}
