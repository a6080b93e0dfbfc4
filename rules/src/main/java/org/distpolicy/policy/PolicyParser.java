package org.distpolicy.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.distpolicy.archive.ReadLimits;
import org.distpolicy.cargo.KeyPath;
import org.distpolicy.cargo.TomlDocumentReader;
import org.distpolicy.cargo.TomlValueReader;
import org.distpolicy.cargo.cfg.TargetSpec;
import org.distpolicy.goresolve.GoTargets;
import org.distpolicy.goresolve.GoToolchainVersion;
import org.distpolicy.hash.Sha256;
import org.distpolicy.manifest.ManifestException;
import org.distpolicy.manifest.StrictUtf8;
import org.distpolicy.rules.RuleCatalogue;
import org.distpolicy.rules.Severity;

/**
 * Reads the policy file (TOML; every key optional, see the README's "Policy file"). Anything it
 * does not understand is a {@link PolicyException} naming the key and line: a policy is obeyed
 * literally, so guessing at a typo could waive or disable the wrong findings.
 */
public final class PolicyParser {
    private static final Set<String> SECTIONS = Set.of("distro", "limits", "rules", "waiver", "maintainer", "notify", "history", "maintainers");
    private static final KeyPath ROOT = KeyPath.root();
    private static final Pattern RUSTC_VERSION = Pattern.compile("[0-9]+\\.[0-9]+(\\.[0-9]+)?");
    private static final String BARE_ADDRESS = "[^\\s<>@]+@[^\\s<>@]+";
    private static final Pattern EMAIL = Pattern.compile(BARE_ADDRESS);
    /** What a From: or an opt-out may hold: a bare address or "Name <address>". */
    private static final Pattern MAILBOX = Pattern.compile(BARE_ADDRESS + "|[^<>]*<" + BARE_ADDRESS + ">");

    private final PolicyValues values;
    private final ObjectNode root;
    /** Where files the policy names are found: the policy file's directory; null for a policy given as text. */
    private final Path base;

    private PolicyParser(String text, Path base) throws ManifestException {
        this.root = TomlDocumentReader.read(text);
        this.values = new PolicyValues(new TomlValueReader(text));
        this.base = base;
    }

    public static Policy parse(String toml) throws PolicyException {
        return parse(toml, Sha256.hex(toml), null);
    }

    /** The policy file at {@code file}; the files it names are relative to its directory. */
    public static Policy read(Path file) throws PolicyException, IOException {
        Path directory = file.toAbsolutePath().getParent();
        return parse(Files.readAllBytes(file), directory);
    }

    /** The policy file's bytes: UTF-8 strictly, and the digest is of the bytes as they are on disk. */
    public static Policy parse(byte[] content) throws PolicyException {
        return parse(content, null);
    }

    private static Policy parse(byte[] content, Path base) throws PolicyException {
        String text;
        try {
            text = StrictUtf8.decode(content);
        } catch (ManifestException e) {
            throw new PolicyException(e);
        }
        return parse(text, HexFormat.of().formatHex(Sha256.newDigest().digest(content)), base);
    }

    private static Policy parse(String toml, String digest, Path base) throws PolicyException {
        try {
            return new PolicyParser(toml, base).read(digest);
        } catch (ManifestException e) {
            throw new PolicyException(e);
        }
    }

    private Policy read(String digest) throws ManifestException, PolicyException {
        values.onlyKeys(root, ROOT, SECTIONS);
        Map<String, Severity> severities = new LinkedHashMap<>();
        Set<String> disabled = new LinkedHashSet<>();
        readRules(severities, disabled);
        List<Maintainer> maintainers = maintainers();
        Optional<MaintainersFile> file = maintainersFile();
        file.ifPresent(f -> maintainers.addAll(f.maintainers()));
        // The maintainers file is part of the policy: editing it must show in run.json's digest.
        String combined = file.map(f -> Sha256.hex(digest + "\u0000" + f.digest())).orElse(digest);
        return new Policy(combined, distro(), limits(), severities, disabled, waivers(), maintainers, notifySettings(), history());
    }

    private record MaintainersFile(List<Maintainer> maintainers, String digest) {
    }

    /** {@code [maintainers] file}: a CSV of package globs and addresses, after the {@code [[maintainer]]} entries. */
    private Optional<MaintainersFile> maintainersFile() throws ManifestException, PolicyException {
        KeyPath path = ROOT.key("maintainers");
        ObjectNode table = values.table(root, "maintainers", ROOT, Set.of("file"));
        String name = values.string(table, "file", path, null);
        if (name == null) {
            return Optional.empty();
        }
        if (base == null) {
            throw values.error(path.key("file"), "names a file, but this policy was not read from a file");
        }
        Path file = base.resolve(name);
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw values.error(path.key("file"), "cannot read " + file + ": " + e.getMessage());
        }
        try {
            return Optional.of(new MaintainersFile(MaintainerTable.parse(content), HexFormat.of().formatHex(Sha256.newDigest().digest(content))));
        } catch (ManifestException e) {
            throw new PolicyException(e, file.toString());
        }
    }

    private DistroSettings distro() throws ManifestException {
        KeyPath path = ROOT.key("distro");
        ObjectNode distro = values.table(root, "distro", ROOT, Set.of("name", "rustc", "go", "targets"));
        DistroSettings defaults = DistroSettings.DEFAULTS;
        String rustc = values.string(distro, "rustc", path, defaults.rustc());
        if (!RUSTC_VERSION.matcher(rustc).matches()) {
            throw values.error(path.key("rustc"), "wants a rustc version such as 1.85.0, not '" + rustc + "'");
        }
        String go = values.string(distro, "go", path, defaults.go());
        if (!GoToolchainVersion.isValid(go)) {
            throw values.error(path.key("go"), "wants a Go release such as 1.24, not '" + go + "'");
        }
        List<String> targets = values.strings(distro, "targets", path, defaults.targets());
        for (int i = 0; i < targets.size(); i++) {
            if (TargetSpec.lookup(targets.get(i)).isEmpty()) {
                throw values.error(path.key("targets").index(i), "unknown target triple '" + targets.get(i) + "'");
            }
        }
        if (GoTargets.of(targets).isEmpty()) {
            throw values.error(path.key("targets"), "none of the targets is a system Go builds for");
        }
        return new DistroSettings(values.string(distro, "name", path, defaults.name()), rustc, go, targets);
    }

    private ReadLimits limits() throws ManifestException {
        KeyPath path = ROOT.key("limits");
        ObjectNode limits = values.table(root, "limits", ROOT, Set.of("max-unpacked-bytes", "max-entries", "max-ratio"));
        ReadLimits defaults = ReadLimits.defaults();
        JsonNode size = limits.get("max-unpacked-bytes");
        long maxUnpacked = size == null ? defaults.maxUnpackedBytes() : bytes(size, path.key("max-unpacked-bytes"));
        return new ReadLimits(maxUnpacked,
                values.positiveInteger(limits, "max-entries", path, defaults.maxEntries()),
                values.positiveInteger(limits, "max-ratio", path, defaults.maxRatio()),
                defaults.maxCapturedBytes());
    }

    /** An integer, or a string such as "2GiB". */
    private long bytes(JsonNode value, KeyPath path) throws ManifestException {
        if (!value.isTextual()) {
            if (!value.isIntegralNumber()) {
                throw values.typeError(path, "a size such as \"2GiB\" or an integer", value);
            }
            return values.positiveInteger(value, path);
        }
        long bytes = ByteSize.parse(value.textValue()).orElseThrow(() -> values.error(path,
                "wants a size such as \"2GiB\", \"512MiB\", \"64KiB\" or a number of bytes, not \"" + value.textValue() + "\""));
        if (bytes <= 0) {
            throw values.error(path, "must be positive");
        }
        return bytes;
    }

    private void readRules(Map<String, Severity> severities, Set<String> disabled) throws ManifestException {
        ObjectNode rules = values.anyTable(root, "rules", ROOT);
        KeyPath rulesPath = ROOT.key("rules");
        for (Iterator<Map.Entry<String, JsonNode>> it = rules.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            KeyPath path = rulesPath.key(entry.getKey());
            if (RuleCatalogue.find(entry.getKey()).isEmpty()) {
                throw values.error(path, "unknown rule id");
            }
            ObjectNode rule = values.table(rules, entry.getKey(), rulesPath, Set.of("severity"));
            String severity = values.string(rule, "severity", path, null);
            if (severity == null) {
                continue;
            }
            switch (severity) {
                case "off" -> disabled.add(entry.getKey());
                case "error", "warning", "info" -> severities.put(entry.getKey(), Severity.valueOf(severity.toUpperCase(Locale.ROOT)));
                default -> throw values.error(path.key("severity"),
                        "wants \"error\", \"warning\", \"info\" or \"off\", not \"" + severity + "\"");
            }
        }
    }

    private List<Waiver> waivers() throws ManifestException {
        List<ObjectNode> tables = values.arrayOfTables(root, "waiver", Set.of("rule", "package", "version", "subject", "reason", "expires"));
        List<Waiver> waivers = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            ObjectNode waiver = tables.get(i);
            KeyPath path = ROOT.key("waiver").index(i);
            String rule = values.requiredString(waiver, "rule", path);
            if (RuleCatalogue.find(rule).isEmpty()) {
                throw values.error(path.key("rule"), "unknown rule id \"" + rule + "\"");
            }
            LocalDate expires = values.optionalDate(waiver, "expires", path);
            waivers.add(new Waiver(rule,
                    new Glob(values.requiredString(waiver, "package", path)),
                    new Glob(values.string(waiver, "version", path, Glob.ANY.pattern())),
                    new Glob(values.string(waiver, "subject", path, Glob.ANY.pattern())),
                    values.requiredString(waiver, "reason", path),
                    expires,
                    values.lineOf(path)));
        }
        return waivers;
    }

    private List<Maintainer> maintainers() throws ManifestException {
        List<ObjectNode> tables = values.arrayOfTables(root, "maintainer", Set.of("package", "email", "name"));
        List<Maintainer> maintainers = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            ObjectNode maintainer = tables.get(i);
            KeyPath path = ROOT.key("maintainer").index(i);
            maintainers.add(new Maintainer(
                    new Glob(values.requiredString(maintainer, "package", path)),
                    checked(EMAIL, values.requiredString(maintainer, "email", path), path.key("email")),
                    values.string(maintainer, "name", path, null)));
        }
        return maintainers;
    }

    private NotifySettings notifySettings() throws ManifestException {
        KeyPath path = ROOT.key("notify");
        ObjectNode notify = values.table(root, "notify", ROOT, Set.of("from", "remind-after-days", "opt-out", "max-mails-per-run"));
        NotifySettings defaults = NotifySettings.DEFAULTS;
        String from = values.string(notify, "from", path, defaults.from());
        if (from != null) {
            checked(MAILBOX, from, path.key("from"));
        }
        List<Long> remind = values.positiveIntegers(notify, "remind-after-days", path, defaults.remindAfterDays());
        for (int i = 1; i < remind.size(); i++) {
            if (remind.get(i) <= remind.get(i - 1)) {
                throw values.error(path.key("remind-after-days").index(i), "must be ascending");
            }
        }
        List<String> optOut = values.strings(notify, "opt-out", path, defaults.optOut());
        for (int i = 0; i < optOut.size(); i++) {
            checked(MAILBOX, optOut.get(i), path.key("opt-out").index(i));
        }
        return new NotifySettings(from, remind, optOut,
                values.positiveInteger(notify, "max-mails-per-run", path, defaults.maxMailsPerRun()));
    }

    private int history() throws ManifestException {
        ObjectNode history = values.table(root, "history", ROOT, Set.of("keep-runs"));
        // More runs than an int counts is "keep them all".
        return (int) Math.min(Integer.MAX_VALUE, values.positiveInteger(history, "keep-runs", ROOT.key("history"), Policy.DEFAULT_KEEP_RUNS));
    }

    /** Only a sanity check that an address is one: the mail server judges the rest. */
    private String checked(Pattern form, String address, KeyPath path) throws ManifestException {
        if (!form.matcher(address).matches()) {
            throw values.error(path, "wants an email address, not \"" + address + "\"");
        }
        return address;
    }
}
