package org.distpolicy.gomod;

import java.io.Serializable;
import java.util.List;

/**
 * A parsed go.mod file. Absent single directives are null; lists keep the file's order and are
 * immutable.
 *
 * @param module           the module path, or null if the file has no module directive
 * @param moduleDeprecated the message of a "Deprecated:" paragraph in the module directive's
 *                         comments, or null if the module is not deprecated
 * @param goVersion        the go directive's language version ("1.21", "1.21.0", "1.21rc1"), or null
 * @param toolchain        the toolchain directive's name ("go1.21.0", "default"), or null
 */
public record GoModFile(
        String module,
        String moduleDeprecated,
        String goVersion,
        String toolchain,
        List<GoRequire> requires,
        List<GoExclude> excludes,
        List<GoReplace> replaces,
        List<GoRetract> retracts,
        List<GoGodebug> godebugs,
        List<GoTool> tools,
        List<GoIgnore> ignores) implements Serializable {

    public GoModFile {
        requires = List.copyOf(requires);
        excludes = List.copyOf(excludes);
        replaces = List.copyOf(replaces);
        retracts = List.copyOf(retracts);
        godebugs = List.copyOf(godebugs);
        tools = List.copyOf(tools);
        ignores = List.copyOf(ignores);
    }
}
