package org.distpolicy.gomod;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.distpolicy.manifest.ManifestException;

/**
 * Gives the syntax tree its meaning, directive by directive, with the checks of modfile.Parse for
 * a main module (File.add) and the offline part of the ones cmd/go adds: the first failing check
 * in file order is the error, as it is the first line of cmd/go's report.
 */
final class DirectiveInterpreter {
    /** Directives that may be written as a "verb ( … )" block. */
    private static final Set<String> BLOCK_VERBS =
            Set.of("module", "godebug", "require", "exclude", "replace", "retract", "tool", "ignore");

    /** modfile.GoVersionRE: "1.21", "1.21.0", "1.21rc1"; no "v", no leading zeros. */
    private static final Pattern GO_VERSION =
            Pattern.compile("([1-9][0-9]*)\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?([a-z]+[0-9]+)?");

    private boolean moduleSeen;
    private GoModToken modulePathToken;
    private String module;
    private String moduleDeprecated;
    private String goVersion;
    private String toolchain;
    private final List<GoRequire> requires = new ArrayList<>();
    private final List<GoExclude> excludes = new ArrayList<>();
    private final List<GoReplace> replaces = new ArrayList<>();
    private final List<RetractDirective.Unresolved> retracts = new ArrayList<>();
    private final List<GoGodebug> godebugs = new ArrayList<>();
    private final List<GoTool> tools = new ArrayList<>();
    private final List<GoIgnore> ignores = new ArrayList<>();

    private DirectiveInterpreter() {
    }

    static GoModFile interpret(List<Statement> statements) throws ManifestException {
        return new DirectiveInterpreter().file(statements);
    }

    private GoModFile file(List<Statement> statements) throws ManifestException {
        for (Statement statement : statements) {
            if (statement instanceof DirectiveLine line) {
                List<GoModToken> tokens = line.tokens();
                add(null, line, tokens.get(0).text(), tokens.subList(1, tokens.size()));
            } else if (statement instanceof DirectiveBlock block) {
                addBlock(block);
            }
        }
        // modfile judges retract versions last, against the module path; cmd/go checks the path after that
        List<GoRetract> resolvedRetracts = resolveRetracts();
        checkModulePath();
        return new GoModFile(module, moduleDeprecated, goVersion, toolchain, requires, excludes, replaces,
                resolvedRetracts, godebugs, tools, ignores);
    }

    private void addBlock(DirectiveBlock block) throws ManifestException {
        String verb = block.verb().get(0).text();
        if (block.verb().size() > 1 || !BLOCK_VERBS.contains(verb)) {
            String words = block.verb().stream().map(GoModToken::text).collect(Collectors.joining(" "));
            throw block.start().error("unknown block type: " + words);
        }
        for (DirectiveLine line : block.lines()) {
            add(block, line, verb, line.tokens());
        }
    }

    private void add(DirectiveBlock block, DirectiveLine line, String verb, List<GoModToken> args)
            throws ManifestException {
        switch (verb) {
            case "module" -> module(block, line, args);
            case "go" -> go(line, args);
            case "toolchain" -> toolchain(line, args);
            case "godebug" -> godebug(line, args);
            case "require", "exclude" -> requireOrExclude(line, verb, args);
            case "replace" -> replaces.add(ReplaceDirective.read(line, args));
            case "retract" -> retracts.add(RetractDirective.read(block, line, args));
            case "tool" -> tools.add(new GoTool(singlePath(line, verb, args), line.start().line()));
            case "ignore" -> ignores.add(new GoIgnore(singlePath(line, verb, args), line.start().line()));
            default -> throw line.start().error("unknown directive: " + verb);
        }
    }

    private void module(DirectiveBlock block, DirectiveLine line, List<GoModToken> args) throws ManifestException {
        if (moduleSeen) {
            throw line.start().error("repeated module statement");
        }
        moduleSeen = true;
        moduleDeprecated = DirectiveComments.deprecation(block, line);
        if (args.size() != 1) {
            throw line.start().error("usage: module module/path");
        }
        modulePathToken = args.get(0);
        module = ArgumentText.read(modulePathToken);
    }

    private void go(DirectiveLine line, List<GoModToken> args) throws ManifestException {
        if (goVersion != null) {
            throw line.start().error("repeated go statement");
        }
        if (args.size() != 1) {
            throw line.start().error("go directive expects exactly one argument");
        }
        String version = args.get(0).text();
        if (!GO_VERSION.matcher(version).matches()) {
            throw args.get(0).start().error("invalid go version '" + version + "': must match format 1.23.0");
        }
        goVersion = version;
    }

    /** modfile.ToolchainRE: "default", or a name starting "go1" followed by nothing or a dot. */
    private void toolchain(DirectiveLine line, List<GoModToken> args) throws ManifestException {
        if (toolchain != null) {
            throw line.start().error("repeated toolchain statement");
        }
        if (args.size() != 1) {
            throw line.start().error("toolchain directive expects exactly one argument");
        }
        String name = args.get(0).text();
        if (!name.equals("default") && !name.equals("go1") && !name.startsWith("go1.")) {
            throw args.get(0).start().error(
                    "invalid toolchain version '" + name + "': must match format go1.23.0 or default");
        }
        toolchain = name;
    }

    private void godebug(DirectiveLine line, List<GoModToken> args) throws ManifestException {
        int equals = args.size() == 1 ? args.get(0).text().indexOf('=') : -1;
        if (equals < 0 || args.get(0).text().chars().anyMatch(c -> c == '"' || c == '`' || c == '\'' || c == ',')) {
            throw line.start().error("usage: godebug key=value");
        }
        String setting = args.get(0).text();
        godebugs.add(new GoGodebug(setting.substring(0, equals), setting.substring(equals + 1), line.start().line()));
    }

    private void requireOrExclude(DirectiveLine line, String verb, List<GoModToken> args) throws ManifestException {
        if (args.size() != 2) {
            throw line.start().error("usage: " + verb + " module/path v1.2.3");
        }
        String path = ArgumentText.read(args.get(0));
        String version = VersionArgument.read(verb, path, args.get(1));
        if (verb.equals("require")) {
            requires.add(new GoRequire(path, version, DirectiveComments.isIndirect(line), line.start().line()));
        } else {
            excludes.add(new GoExclude(path, version, line.start().line()));
        }
    }

    /** The one path argument of tool and ignore. */
    private static String singlePath(DirectiveLine line, String verb, List<GoModToken> args) throws ManifestException {
        if (args.size() != 1) {
            throw line.start().error(verb + " directive expects exactly one argument");
        }
        return ArgumentText.read(args.get(0));
    }

    private List<GoRetract> resolveRetracts() throws ManifestException {
        if (!retracts.isEmpty() && (module == null || module.isEmpty())) {
            throw retracts.get(0).start().error("no module directive found, so retract cannot be used");
        }
        List<GoRetract> resolved = new ArrayList<>();
        for (RetractDirective.Unresolved retract : retracts) {
            resolved.add(RetractDirective.resolve(retract, module));
        }
        return resolved;
    }

    /** cmd/go holds the main module's path to the import path rules (and calls a violation a module path error). */
    private void checkModulePath() throws ManifestException {
        if (module == null) {
            return;
        }
        String problem = GoModulePath.importPathProblem(module);
        if (problem != null) {
            throw modulePathToken.start().error(
                    "malformed module path " + GoStrconv.quote(module) + ": " + problem);
        }
    }
}
