package org.distpolicy.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.distpolicy.gomod.GoModulePath;
import org.distpolicy.gosrc.GoDirectories;

/**
 * Tells the artifacts of an archive apart from a listing of its files: .crate files, unpacked
 * crates, Go module proxy entries, Go source trees (with go.mod, or GOPATH-style without), and
 * files that belong to none of them. The outermost package wins: a Cargo.toml or go.mod nested
 * in a package is part of that package (evidence for the vendoring rules), not an artifact,
 * except that a Go module nested in a Go tree is an artifact of its own, as it is for cmd/go.
 *
 * <p>Feed every listed file with {@link #add} in walk order: depth first ({@link #WALK_ORDER}: a
 * directory's own files before its subdirectories, subdirectories by name) and, within a
 * directory, its package markers ({@link #isPackageMarker}) before its other files; then call
 * {@link #finish()}. Each artifact is told to the consumer as soon as it is known. Only open
 * directory trees are held: the files of a directory that is (or, by its shape or its own files,
 * may turn out to be) a package root, until the walk leaves it; the own files of a directory below
 * a GOPATH "src" or of a proxy version directory until the walk leaves it. A file of any other
 * directory is told as it comes (once the directory's markers have shown it is no package), so a
 * flat directory of a hundred thousand .crate files costs no memory: memory grows with the
 * largest package tree, not with the archive.
 */
public final class ArchiveLayout {
    private static final Pattern CRATE_NAME_VERSION = Pattern.compile("^(.+?)-(\\d+\\.\\d+\\.\\d+(?:[-+].*)?)$");
    /** Hosts whose repositories sit three path elements deep (host/owner/repo), as cmd/go's vcs table says. */
    private static final Set<String> THREE_ELEMENT_HOSTS = Set.of(
            "github.com", "gitlab.com", "bitbucket.org", "golang.org", "codeberg.org", "gitee.com",
            "git.sr.ht", "honnef.co", "launchpad.net", "salsa.debian.org", "hub.jazz.net", "code.google.com");
    /** Files the Go module proxy layout keeps beside the versions: indexes and locks, not content. */
    private static final Set<String> PROXY_METADATA_SUFFIXES = Set.of(".lock", ".ziphash", ".partial");

    /**
     * Directories in the order of a depth-first walk that lists a directory's own files before
     * its subdirectories and visits subdirectories by name: an ancestor before its descendants,
     * siblings (and their trees) by name.
     */
    public static final Comparator<String> WALK_ORDER = ArchiveLayout::compareDirectories;
    /** Files in walk order within one directory: its package markers first, then (in a sorted listing) by name. */
    public static final Comparator<ListedFile> MARKERS_FIRST = Comparator.comparing((ListedFile f) -> !isPackageMarker(f.name()))
            .thenComparing(ListedFile::name);

    /** Takes each artifact as the layout tells it. */
    @FunctionalInterface
    public interface ArtifactConsumer {
        void accept(ArtifactRef artifact) throws IOException;
    }

    private final ArtifactConsumer consumer;
    /** The directories the walk is in, outermost first. */
    private final List<String> open = new ArrayList<>();
    /** The directory of the files last added (null before the first), and its own files held so far. */
    private String currentDirectory;
    private final List<ListedFile> currentFiles = new ArrayList<>();
    /** Whether a file other than a package marker came in the current directory, and whether its files are then told as they come. */
    private boolean markersDone;
    private boolean streaming;
    /** The outermost open directory whose tree is held (null when none), and the held files by directory. */
    private String heldRoot;
    private Map<String, List<ListedFile>> filesByDirectory = new HashMap<>();

    public ArchiveLayout(ArtifactConsumer consumer) {
        this.consumer = consumer;
    }

    /** @throws IllegalArgumentException when the file comes out of walk order */
    public void add(ListedFile file) throws IOException {
        String directory = file.directory();
        if (!directory.equals(currentDirectory)) {
            if (currentDirectory != null && compareDirectories(currentDirectory, directory) > 0) {
                throw new IllegalArgumentException("the archive listing is not in walk order: " + file.path() + " after a file of " + currentDirectory);
            }
            ownFilesComplete();
            enter(directory);
        }
        boolean marker = isPackageMarker(file.name());
        if (marker && markersDone) {
            throw new IllegalArgumentException("the archive listing is not in walk order: the package marker " + file.path() + " after other files");
        }
        if (!marker && !markersDone) {
            markersDone = true;
            // No package root is or may be this directory or an ancestor: its files are artifacts of their own.
            streaming = heldRoot == null && !isProxyVersionDirectory(directory) && gopathTreeRoot(directory) == null
                    && !mayBeRoot(directory, currentFiles);
            if (streaming) {
                tellLoose(directory, currentFiles);
                currentFiles.clear();
            }
        }
        if (streaming) {
            tellLoose(directory, List.of(file));
        } else {
            currentFiles.add(file);
        }
    }

    /** The files that make a directory a package root, which a walk lists before the directory's other files. */
    public static boolean isPackageMarker(String name) {
        return name.equals("Cargo.toml") || name.equals("go.mod");
    }

    /** Tells the artifacts not told yet, once every file is added. */
    public void finish() throws IOException {
        ownFilesComplete();
        while (!open.isEmpty()) {
            leave();
        }
    }

    /** The artifacts, sorted by path; every listed file is in exactly one of them or is proxy metadata. */
    public static List<ArtifactRef> classify(Iterable<ListedFile> files) {
        List<ListedFile> walked = new ArrayList<>();
        files.forEach(walked::add);
        walked.sort(Comparator.comparing(ListedFile::directory, WALK_ORDER).thenComparing(MARKERS_FIRST));
        List<ArtifactRef> artifacts = new ArrayList<>();
        ArchiveLayout layout = new ArchiveLayout(artifacts::add);
        try {
            for (ListedFile file : walked) {
                layout.add(file);
            }
            layout.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        artifacts.sort(Comparator.comparing(ArtifactRef::path));
        return artifacts;
    }

    /** Leaves the open directories that do not enclose {@code directory}, then opens those down to it. */
    private void enter(String directory) throws IOException {
        while (!open.isEmpty() && !encloses(open.get(open.size() - 1), directory)) {
            leave();
        }
        List<String> entered = new ArrayList<>();
        for (String d = directory; open.isEmpty() || !d.equals(open.get(open.size() - 1)); d = parent(d)) {
            entered.add(d);
            if (d.isEmpty()) {
                break;
            }
        }
        for (int i = entered.size() - 1; i >= 0; i--) {
            String d = entered.get(i);
            open.add(d);
            if (heldRoot == null && mayBeGopathRepositoryRoot(d)) {
                heldRoot = d;
            }
        }
        currentDirectory = directory;
    }

    private void leave() throws IOException {
        String directory = open.remove(open.size() - 1);
        if (directory.equals(heldRoot)) {
            List<ArtifactRef> artifacts = artifacts();
            artifacts.sort(Comparator.comparing(ArtifactRef::path));
            for (ArtifactRef artifact : artifacts) {
                consumer.accept(artifact);
            }
            filesByDirectory = new HashMap<>();
            heldRoot = null;
        }
    }

    /** The current directory's own files are all there (its subdirectories come next, or nothing does). */
    private void ownFilesComplete() throws IOException {
        List<ListedFile> files = new ArrayList<>(currentFiles);
        currentFiles.clear();
        markersDone = false;
        streaming = false;
        if (files.isEmpty()) {
            return;
        }
        if (heldRoot == null && mayBeRoot(currentDirectory, files)) {
            heldRoot = currentDirectory;
        }
        if (heldRoot != null) {
            filesByDirectory.computeIfAbsent(currentDirectory, d -> new ArrayList<>()).addAll(files);
        } else {
            tellLoose(currentDirectory, files);
        }
    }

    private void tellLoose(String directory, List<ListedFile> files) throws IOException {
        List<ArtifactRef> artifacts = new ArrayList<>();
        looseArtifacts(directory, files, artifacts);
        for (ArtifactRef artifact : artifacts) {
            consumer.accept(artifact);
        }
    }

    /**
     * Whether a directory's own files make it a package root, or possibly a GOPATH tree's root:
     * Cargo.toml or go.mod (outside a proxy version directory), or .go files below a "src".
     */
    private static boolean mayBeRoot(String directory, List<ListedFile> files) {
        boolean proxy = isProxyVersionDirectory(directory);
        for (ListedFile file : files) {
            if (!file.symlink() && (!proxy && isPackageMarker(file.name()) || file.name().endsWith(".go") && gopathTreeRoot(directory) != null)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether .go files anywhere below could make this directory a GOPATH tree's root: it is a
     * repository root below some "src" ({@link #gopathTreeRoot} of its subdirectories may be it).
     */
    private static boolean mayBeGopathRepositoryRoot(String directory) {
        String[] segments = directory.split("/");
        for (int i = 0; i < segments.length - 1; i++) {
            if (segments[i].equals("src") && segments.length - i - 1 == repositoryElements(Arrays.copyOfRange(segments, i + 1, segments.length))) {
                return true;
            }
        }
        return false;
    }

    private static boolean encloses(String ancestor, String directory) {
        return ancestor.isEmpty() || directory.equals(ancestor) || directory.startsWith(ancestor + "/");
    }

    private static int compareDirectories(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        String[] as = a.isEmpty() ? new String[0] : a.split("/");
        String[] bs = b.isEmpty() ? new String[0] : b.split("/");
        for (int i = 0; i < Math.min(as.length, bs.length); i++) {
            int c = as[i].compareTo(bs[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(as.length, bs.length);
    }

    /** The artifacts of the held tree; every file is in exactly one of them or is proxy metadata. */
    private List<ArtifactRef> artifacts() {
        Map<String, ArtifactKind> roots = outermost(candidateRoots());
        Map<String, List<ListedFile>> rootFiles = new HashMap<>();
        List<ArtifactRef> artifacts = new ArrayList<>();
        for (Map.Entry<String, List<ListedFile>> entry : filesByDirectory.entrySet()) {
            String root = enclosingRoot(entry.getKey(), roots.keySet());
            if (root != null) {
                rootFiles.computeIfAbsent(root, r -> new ArrayList<>()).addAll(entry.getValue());
            } else {
                looseArtifacts(entry.getKey(), entry.getValue(), artifacts);
            }
        }
        roots.forEach((root, kind) -> artifacts.add(directoryArtifact(root, kind, rootFiles.getOrDefault(root, List.of()))));
        return artifacts;
    }

    /** The artifacts of a directory's own files when no package root encloses them. */
    private static void looseArtifacts(String directory, List<ListedFile> files, List<ArtifactRef> out) {
        if (isProxyVersionDirectory(directory)) {
            proxyArtifacts(directory, files, out);
        } else {
            for (ListedFile file : files) {
                out.add(file.symlink() ? link(file) : file.name().endsWith(".crate") ? crateFile(file) : unrecognized(file));
            }
        }
    }

    private Map<String, ArtifactKind> candidateRoots() {
        Map<String, ArtifactKind> candidates = new TreeMap<>();
        Set<String> goModuleRoots = new HashSet<>();
        for (Map.Entry<String, List<ListedFile>> entry : filesByDirectory.entrySet()) {
            String directory = entry.getKey();
            if (isProxyVersionDirectory(directory)) {
                continue;
            }
            for (ListedFile file : entry.getValue()) {
                if (file.symlink()) {
                    continue;
                }
                if (file.name().equals("Cargo.toml")) {
                    candidates.put(directory, ArtifactKind.CRATE_DIR);
                } else if (file.name().equals("go.mod")) {
                    candidates.putIfAbsent(directory, ArtifactKind.GO_SOURCE_TREE);
                    goModuleRoots.add(directory);
                }
            }
        }
        for (Map.Entry<String, List<ListedFile>> entry : filesByDirectory.entrySet()) {
            String directory = entry.getKey();
            boolean hasGoFiles = entry.getValue().stream().anyMatch(f -> !f.symlink() && f.name().endsWith(".go"));
            if (hasGoFiles && enclosingRoot(directory, goModuleRoots) == null) {
                String gopathRoot = gopathTreeRoot(directory);
                if (gopathRoot != null) {
                    candidates.putIfAbsent(gopathRoot, ArtifactKind.GO_SOURCE_TREE);
                }
            }
        }
        return candidates;
    }

    /**
     * Drops every root that lies inside another: the outer package owns it. A Go module nested in
     * a Go tree is the exception: for cmd/go it is another module, and Debian ships such modules
     * as packages of their own (github.com/gdamore/tcell/v2 inside github.com/gdamore/tcell).
     */
    private Map<String, ArtifactKind> outermost(Map<String, ArtifactKind> candidates) {
        Map<String, ArtifactKind> kept = new TreeMap<>();
        for (Map.Entry<String, ArtifactKind> candidate : candidates.entrySet()) {
            String directory = candidate.getKey();
            String enclosing = enclosingRoot(parent(directory), kept.keySet());
            if (enclosing == null || (kept.get(enclosing) == ArtifactKind.GO_SOURCE_TREE && hasGoMod(directory)
                    && isNestedGoModule(directory.substring(enclosing.isEmpty() ? 0 : enclosing.length() + 1)))) {
                kept.put(directory, candidate.getValue());
            }
        }
        return kept;
    }

    private boolean hasGoMod(String directory) {
        return filesByDirectory.getOrDefault(directory, List.of()).stream().anyMatch(f -> !f.symlink() && f.name().equals("go.mod"));
    }

    /**
     * Whether a directory holding go.mod inside a Go tree, given relative to the tree, is a module
     * of its own; under testdata/, vendor/ or a directory the go tool ignores it is part of the tree.
     */
    public static boolean isNestedGoModule(String relativeDirectory) {
        return !relativeDirectory.isEmpty() && GoDirectories.listed(relativeDirectory);
    }

    /** The nearest directory of {@code roots} that is {@code directory} or one of its ancestors. */
    private static String enclosingRoot(String directory, Set<String> roots) {
        String current = directory;
        while (current != null) {
            if (roots.contains(current)) {
                return current;
            }
            current = current.isEmpty() ? null : parent(current);
        }
        return null;
    }

    private static String parent(String directory) {
        int slash = directory.lastIndexOf('/');
        return slash < 0 ? "" : directory.substring(0, slash);
    }

    /**
     * For .go files outside any module, the root of the GOPATH-style tree they belong to: the
     * repository root of their import path below the nearest "src" directory (host/owner/repo on
     * the big forges, host/repo on vanity hosts), or null when no "src" directory encloses them.
     */
    static String gopathTreeRoot(String directory) {
        String[] segments = directory.split("/");
        int src = -1;
        for (int i = segments.length - 2; i >= 0; i--) {
            if (segments[i].equals("src")) {
                src = i;
                break;
            }
        }
        if (src < 0) {
            return null;
        }
        String root = repositoryRoot(String.join("/", Arrays.copyOfRange(segments, src + 1, segments.length)));
        return String.join("/", Arrays.copyOfRange(segments, 0, src + 1)) + "/" + root;
    }

    /**
     * The repository root of an import path as cmd/go's GOPATH mode finds it: host/owner/repo on
     * the big forges, host/repo on vanity hosts, gopkg.in/pkg.vN or gopkg.in/user/pkg.vN.
     */
    public static String repositoryRoot(String importPath) {
        String[] elements = importPath.split("/");
        return String.join("/", Arrays.copyOfRange(elements, 0, Math.min(repositoryElements(elements), elements.length)));
    }

    /** How many elements of an import path its repository root has (it may have fewer). */
    private static int repositoryElements(String[] elements) {
        if (elements[0].equals("gopkg.in")) {
            return elements.length >= 2 && elements[1].matches(".*\\.v\\d+") ? 2 : 3;
        }
        return THREE_ELEMENT_HOSTS.contains(elements[0]) ? 3 : 2;
    }

    /** The import path of a directory below a GOPATH "src" directory, or null. */
    public static String importPathOf(String directory) {
        String marked = "/" + directory;
        int src = marked.lastIndexOf("/src/");
        return src < 0 ? null : marked.substring(src + "/src/".length());
    }

    private static boolean isProxyVersionDirectory(String directory) {
        return directory.equals("@v") || directory.endsWith("/@v");
    }

    private static void proxyArtifacts(String directory, List<ListedFile> files, List<ArtifactRef> out) {
        String modulePath = proxyModulePath(directory.equals("@v") ? "" : parent(directory));
        Map<String, ListedFile> byName = new HashMap<>();
        files.forEach(f -> byName.put(f.name(), f));
        Set<String> claimed = new HashSet<>();
        for (ListedFile file : files) {
            String name = file.name();
            if (name.endsWith(".zip")) {
                String version = name.substring(0, name.length() - ".zip".length());
                List<String> companions = companions(directory, version, byName, ".mod", ".info");
                claimed.add(name);
                companions.forEach(c -> claimed.add(c.substring(c.lastIndexOf('/') + 1)));
                out.add(new ArtifactRef(file.path(), ArtifactKind.GO_MODULE_ZIP, file.size(), 1, modulePath, version, companions,
                        stampWith(file, companions, byName)));
            }
        }
        for (ListedFile file : files) {
            String name = file.name();
            if (name.endsWith(".mod") && !claimed.contains(name)) {
                String version = name.substring(0, name.length() - ".mod".length());
                List<String> companions = companions(directory, version, byName, ".info");
                claimed.add(name);
                companions.forEach(c -> claimed.add(c.substring(c.lastIndexOf('/') + 1)));
                out.add(new ArtifactRef(file.path(), ArtifactKind.GO_MODULE_MOD, file.size(), 1, modulePath, version, companions,
                        stampWith(file, companions, byName)));
            }
        }
        for (ListedFile file : files) {
            String name = file.name();
            boolean metadata = name.equals("list") || PROXY_METADATA_SUFFIXES.stream().anyMatch(name::endsWith);
            if (!claimed.contains(name) && !metadata) {
                out.add(unrecognized(file));
            }
        }
    }

    /**
     * The module path of a proxy directory: where the proxy root is cannot be told from a path,
     * but a module path's first element must contain a dot, and no proxy root directory
     * ("goproxy", "cache/download") does. The facts later take the path from the .mod itself.
     */
    static String proxyModulePath(String escapedDirectory) {
        String[] segments = escapedDirectory.split("/");
        int start = 0;
        while (start < segments.length - 1 && !segments[start].contains(".")) {
            start++;
        }
        String escaped = String.join("/", Arrays.copyOfRange(segments, start, segments.length));
        return GoModulePath.unescape(escaped).orElse(escaped);
    }

    private static List<String> companions(String directory, String version, Map<String, ListedFile> byName, String... suffixes) {
        List<String> found = new ArrayList<>();
        for (String suffix : suffixes) {
            ListedFile companion = byName.get(version + suffix);
            if (companion != null) {
                found.add(directory + "/" + version + suffix);
            }
        }
        return found;
    }

    /** The stamp of a proxy file with its companions (named by path, found by name in the same directory). */
    private static String stampWith(ListedFile file, List<String> companions, Map<String, ListedFile> byName) {
        List<ListedFile> files = new ArrayList<>();
        files.add(file);
        companions.forEach(c -> files.add(byName.get(c.substring(c.lastIndexOf('/') + 1))));
        return ListingStamp.of(files);
    }

    private static ArtifactRef crateFile(ListedFile file) {
        String stem = file.name().substring(0, file.name().length() - ".crate".length());
        Matcher m = CRATE_NAME_VERSION.matcher(stem);
        return new ArtifactRef(file.path(), ArtifactKind.CRATE, file.size(), 1,
                m.matches() ? m.group(1) : stem, m.matches() ? m.group(2) : null, List.of(), ListingStamp.of(List.of(file)));
    }

    private static ArtifactRef directoryArtifact(String root, ArtifactKind kind, List<ListedFile> files) {
        String name = root.substring(root.lastIndexOf('/') + 1);
        long size = files.stream().mapToLong(ListedFile::size).sum();
        String stamp = ListingStamp.of(files);
        if (kind == ArtifactKind.CRATE_DIR) {
            Matcher m = CRATE_NAME_VERSION.matcher(name);
            return new ArtifactRef(root, kind, size, files.size(), m.matches() ? m.group(1) : name, m.matches() ? m.group(2) : null,
                    List.of(), stamp);
        }
        String importPath = importPathOf(root);
        return new ArtifactRef(root, kind, size, files.size(), importPath != null ? importPath : name, null, List.of(), stamp);
    }

    private static ArtifactRef link(ListedFile file) {
        return new ArtifactRef(file.path(), ArtifactKind.LINK, 0, 1, null, null, List.of(), ListingStamp.of(List.of(file)));
    }

    private static ArtifactRef unrecognized(ListedFile file) {
        return new ArtifactRef(file.path(), ArtifactKind.UNRECOGNIZED, file.size(), 1, null, null, List.of(), ListingStamp.of(List.of(file)));
    }
}
