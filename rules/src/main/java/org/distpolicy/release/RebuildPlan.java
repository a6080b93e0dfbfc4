package org.distpolicy.release;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.distpolicy.rules.Finding;
import org.distpolicy.rules.archive.ArchiveDependencyCycle;

/**
 * The order to rebuild packages in: waves, each holding packages whose build requirements are
 * all built in earlier waves. Packages that need each other (a strongly connected component of
 * the build graph) are a cycle; a cycle is bootstrapped by dropping features (optional
 * dependency edges) in a first build of some members, chosen greedily (the feature with the
 * most edges inside what is still cyclic, first), and rebuilding those members with every
 * feature once the rest of the cycle is built. A cycle no feature breaks is built in one wave.
 */
public final class RebuildPlan {
    public enum Build {
        /** The only build of a package outside any cycle, or of a cycle member that drops nothing. */
        FULL,
        /** A cycle member's first build, without the features that close the cycle. */
        BOOTSTRAP,
        /** The rebuild with every feature, after the rest of its cycle. */
        FINAL;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** @param cycleId null outside cycles; @param droppedFeatures the features a bootstrap build leaves out */
    public record Step(PackageVersion pkg, int wave, Build build, String cycleId, List<String> droppedFeatures) {
    }

    /** A feature a first build of {@code pkg} drops, and the cycle members its optional dependencies are. */
    public record Bootstrap(PackageVersion pkg, String feature, List<PackageVersion> needs) {
    }

    /** @param broken the bootstrap features break every loop of the cycle */
    public record Cycle(String id, List<PackageVersion> members, List<Bootstrap> bootstrap, boolean broken) {
    }

    private final List<Step> steps;
    private final List<Cycle> cycles;

    private RebuildPlan(List<Step> steps, List<Cycle> cycles) {
        this.steps = List.copyOf(steps);
        this.cycles = List.copyOf(cycles);
    }

    public List<Step> steps() {
        return steps;
    }

    public List<Cycle> cycles() {
        return cycles;
    }

    /** The plan for the given packages alone: edges to packages not among them are ignored (they are built already). */
    public static RebuildPlan of(Collection<PackageVersion> packages, Collection<BuildEdge> edges) {
        return new Planner(packages, edges).plan();
    }

    /** The plan for what the selected packages change: they and everything that needs them, transitively. */
    public static RebuildPlan ofReverseDependencies(Collection<PackageVersion> packages, Collection<BuildEdge> edges,
                                                    List<PackageSelector> changed) {
        Map<PackageVersion, List<PackageVersion>> dependents = new HashMap<>();
        edges.forEach(e -> dependents.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e.from()));
        Set<PackageVersion> affected = new HashSet<>();
        Deque<PackageVersion> queue = new ArrayDeque<>();
        for (PackageSelector selector : changed) {
            List<PackageVersion> matched = packages.stream().filter(selector::matches).toList();
            if (matched.isEmpty()) {
                throw new IllegalArgumentException("no archived package matches " + selector);
            }
            queue.addAll(matched);
        }
        while (!queue.isEmpty()) {
            PackageVersion pkg = queue.poll();
            if (affected.add(pkg)) {
                queue.addAll(dependents.getOrDefault(pkg, List.of()));
            }
        }
        return of(packages.stream().filter(affected::contains).toList(),
                edges.stream().filter(e -> affected.contains(e.from()) && affected.contains(e.to())).toList());
    }

    /** One {@code archive/dependency-cycle} finding per cycle, on its first bootstrap package (else its first member). */
    public List<Finding> cycleFindings(Map<PackageVersion, String> artifacts) {
        List<Finding> findings = new ArrayList<>();
        for (Cycle cycle : cycles) {
            PackageVersion on = cycle.bootstrap().isEmpty() ? cycle.members().get(0) : cycle.bootstrap().get(0).pkg();
            String members = cycle.members().stream().map(PackageVersion::toString).collect(Collectors.joining(", "));
            String how;
            if (cycle.bootstrap().isEmpty()) {
                how = "no optional dependency breaks it: its members need each other through their base dependencies; build them together";
            } else {
                String drops = cycle.bootstrap().stream()
                        .map(b -> b.pkg() + " without feature `" + b.feature() + "` (needs "
                                + b.needs().stream().map(PackageVersion::toString).collect(Collectors.joining(", ")) + ")")
                        .collect(Collectors.joining("; "));
                how = "bootstrap: first build " + drops + ", then the rest of the cycle, then those again with every feature"
                        + (cycle.broken() ? "" : "; some members still need each other through their base dependencies and are built together");
            }
            String key = cycle.members().stream().map(m -> m.name() + "@" + m.line()).collect(Collectors.joining(" "));
            findings.add(Finding.of(ArchiveDependencyCycle.INSTANCE, on.ecosystem(), on.name(), on.version().isEmpty() ? null : on.version(),
                    cycle.bootstrap().isEmpty() ? null : cycle.bootstrap().get(0).feature(),
                    "build cycle of " + cycle.members().size() + " packages (" + members + "); " + how,
                    artifacts.getOrDefault(on, on.id()), key));
        }
        return findings;
    }

    /** The computation, over packages numbered in their natural order. */
    private static final class Planner {
        private record Edge(int from, String feature, int to) {
        }

        private final List<PackageVersion> packages;
        private final Map<PackageVersion, Integer> indexOf = new HashMap<>();
        private final List<Edge> edges = new ArrayList<>();

        Planner(Collection<PackageVersion> packageList, Collection<BuildEdge> buildEdges) {
            packages = new ArrayList<>(new TreeSet<>(packageList));
            for (int i = 0; i < packages.size(); i++) {
                indexOf.put(packages.get(i), i);
            }
            Set<Edge> distinct = new LinkedHashSet<>();
            for (BuildEdge e : buildEdges) {
                Integer from = indexOf.get(e.from());
                Integer to = indexOf.get(e.to());
                if (from != null && to != null && !from.equals(to)) {
                    distinct.add(new Edge(from, e.feature(), to));
                }
            }
            edges.addAll(distinct);
        }

        RebuildPlan plan() {
            int n = packages.size();
            int[] componentOf = new int[n];
            List<int[]> components = StronglyConnected.components(successors(n, edges, e -> true, Edge::from, Edge::to));
            for (int c = 0; c < components.size(); c++) {
                for (int member : components.get(c)) {
                    componentOf[member] = c;
                }
            }
            List<int[]> cyclic = components.stream().filter(c -> c.length > 1)
                    .sorted(Comparator.comparing((int[] c) -> packages.get(c[0]))).toList();
            Map<Integer, String> cycleIdOf = new HashMap<>();
            Set<Edge> dropped = new HashSet<>();
            List<Cycle> cycles = new ArrayList<>();
            for (int i = 0; i < cyclic.size(); i++) {
                String id = "C" + (i + 1);
                int[] members = cyclic.get(i);
                cycleIdOf.put(componentOf[members[0]], id);
                cycles.add(breakCycle(id, members, componentOf, dropped));
            }

            // Nodes: each package's first build (index i) and, for one that drops features, its final build (n + k).
            Map<Integer, Integer> finalOf = new TreeMap<>();
            dropped.forEach(e -> finalOf.computeIfAbsent(e.from(), k -> 0));
            int nodes = n;
            for (Map.Entry<Integer, Integer> entry : finalOf.entrySet()) {
                entry.setValue(nodes++);
            }
            List<int[]> nodeEdges = new ArrayList<>();
            for (Edge e : edges) {
                boolean inCycle = componentOf[e.from()] == componentOf[e.to()];
                int target = inCycle ? e.to() : finalOf.getOrDefault(e.to(), e.to());
                if (!dropped.contains(e)) {
                    nodeEdges.add(new int[] {e.from(), target});
                }
                if (finalOf.containsKey(e.from())) {
                    nodeEdges.add(new int[] {finalOf.get(e.from()), target});
                }
            }
            finalOf.forEach((first, last) -> nodeEdges.add(new int[] {last, first}));
            int[][] nodeSuccessors = successors(nodes, nodeEdges, e -> true, e -> e[0], e -> e[1]);
            int[] wave = new int[nodes];
            for (int[] component : StronglyConnected.components(nodeSuccessors)) {
                int w = 1;
                Set<Integer> inside = new HashSet<>();
                for (int node : component) {
                    inside.add(node);
                }
                for (int node : component) {
                    for (int next : nodeSuccessors[node]) {
                        if (!inside.contains(next)) {
                            w = Math.max(w, wave[next] + 1);
                        }
                    }
                }
                for (int node : component) {
                    wave[node] = w;
                }
            }

            Map<Integer, List<String>> dropsOf = new TreeMap<>();
            dropped.forEach(e -> dropsOf.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.feature()));
            List<Step> steps = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String cycleId = cycleIdOf.get(componentOf[i]);
                List<String> drops = dropsOf.getOrDefault(i, List.of()).stream().distinct().sorted().toList();
                steps.add(new Step(packages.get(i), wave[i], drops.isEmpty() ? Build.FULL : Build.BOOTSTRAP, cycleId, drops));
                if (finalOf.containsKey(i)) {
                    steps.add(new Step(packages.get(i), wave[finalOf.get(i)], Build.FINAL, cycleId, List.of()));
                }
            }
            steps.sort(Comparator.comparingInt(Step::wave).thenComparing(Step::pkg).thenComparing(Step::build));
            return new RebuildPlan(steps, cycles);
        }

        /**
         * Drops feature edges of one cycle until no loop is left or none that a feature closes:
         * each time the feature with the most edges inside a loop that remains.
         */
        private Cycle breakCycle(String id, int[] members, int[] componentOf, Set<Edge> dropped) {
            int component = componentOf[members[0]];
            List<Edge> inside = edges.stream().filter(e -> componentOf[e.from()] == component && componentOf[e.to()] == component).toList();
            Set<Edge> drops = new HashSet<>();
            boolean broken;
            while (true) {
                int[][] remaining = successors(packages.size(), inside, e -> !drops.contains(e), Edge::from, Edge::to);
                int[] loopOf = new int[packages.size()];
                List<int[]> loops = StronglyConnected.components(remaining).stream().filter(c -> c.length > 1).toList();
                if (loops.isEmpty()) {
                    broken = true;
                    break;
                }
                for (int l = 0; l < loops.size(); l++) {
                    for (int member : loops.get(l)) {
                        loopOf[member] = l + 1;
                    }
                }
                Map<String, List<Edge>> candidates = new TreeMap<>();
                for (Edge e : inside) {
                    if (e.feature() != null && !drops.contains(e) && loopOf[e.from()] != 0 && loopOf[e.from()] == loopOf[e.to()]) {
                        candidates.computeIfAbsent(packages.get(e.from()).id() + "\u0000" + e.feature(), k -> new ArrayList<>()).add(e);
                    }
                }
                if (candidates.isEmpty()) {
                    broken = false;
                    break;
                }
                List<Edge> best = candidates.values().stream().max(Comparator.comparingInt(List::size)).orElseThrow();
                // The whole feature goes: all its edges inside the cycle, not just those inside the loop.
                Edge chosen = best.get(0);
                inside.stream().filter(e -> e.from() == chosen.from() && chosen.feature().equals(e.feature())).forEach(drops::add);
            }
            dropped.addAll(drops);
            Map<Bootstrap, Set<PackageVersion>> needs = new TreeMap<>(Comparator.comparing(Bootstrap::pkg).thenComparing(Bootstrap::feature));
            drops.forEach(e -> needs.computeIfAbsent(new Bootstrap(packages.get(e.from()), e.feature(), List.of()), k -> new TreeSet<>())
                    .add(packages.get(e.to())));
            List<Bootstrap> bootstrap = needs.entrySet().stream()
                    .map(entry -> new Bootstrap(entry.getKey().pkg(), entry.getKey().feature(), List.copyOf(entry.getValue()))).toList();
            List<PackageVersion> memberList = new ArrayList<>();
            for (int member : members) {
                memberList.add(packages.get(member));
            }
            return new Cycle(id, memberList, bootstrap, broken);
        }

        private static <E> int[][] successors(int n, Collection<E> edges, Predicate<E> keep,
                                              ToIntFunction<E> from, ToIntFunction<E> to) {
            List<Set<Integer>> sets = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                sets.add(new LinkedHashSet<>());
            }
            for (E e : edges) {
                if (keep.test(e)) {
                    sets.get(from.applyAsInt(e)).add(to.applyAsInt(e));
                }
            }
            int[][] successors = new int[n][];
            for (int i = 0; i < n; i++) {
                successors[i] = sets.get(i).stream().mapToInt(Integer::intValue).toArray();
            }
            return successors;
        }
    }
}
