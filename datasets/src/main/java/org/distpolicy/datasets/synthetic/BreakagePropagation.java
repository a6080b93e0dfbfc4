package org.distpolicy.datasets.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which nodes of the generator's own capability graph end up broken, and which of them get a
 * broken-transitively finding, by the rule distpolicy documents: a node with an unmet hard
 * requirement (or a problem of its own) is broken in round 0; a node breaks in round r+1 when
 * every satisfier of one of its hard requirements is broken by round r; it is reported when one
 * of the requirements completing in that round leaves its own package version (an edge between
 * a crate's own features, or a Go package and its module, says nothing new).
 */
final class BreakagePropagation {
    private record Edge(String owner, boolean internal, int satisfiers) {
    }

    private final Map<String, Integer> brokenRound = new LinkedHashMap<>();
    private final List<Edge> edges = new ArrayList<>();
    private final Map<String, List<Integer>> edgesBySatisfier = new HashMap<>();

    void seed(String node) {
        brokenRound.put(node, 0);
    }

    /** A hard requirement of {@code owner} that every node of {@code satisfiers} meets (it is met by any one). */
    void edge(String owner, List<String> satisfiers, boolean internal) {
        int id = edges.size();
        edges.add(new Edge(owner, internal, satisfiers.size()));
        for (String satisfier : satisfiers) {
            edgesBySatisfier.computeIfAbsent(satisfier, s -> new ArrayList<>()).add(id);
        }
    }

    /** The nodes broken through others (not seeds), each mapped to whether it gets a finding. */
    Map<String, Boolean> transitivelyBroken() {
        int[] remaining = edges.stream().mapToInt(Edge::satisfiers).toArray();
        Map<String, Boolean> transitive = new LinkedHashMap<>();
        List<String> frontier = new ArrayList<>(brokenRound.keySet());
        for (int round = 1; !frontier.isEmpty(); round++) {
            Map<String, Boolean> reported = new LinkedHashMap<>();
            for (String node : frontier) {
                for (int id : edgesBySatisfier.getOrDefault(node, List.of())) {
                    if (--remaining[id] == 0) {
                        Edge edge = edges.get(id);
                        if (!brokenRound.containsKey(edge.owner())) {
                            reported.merge(edge.owner(), !edge.internal(), Boolean::logicalOr);
                        }
                    }
                }
            }
            for (Map.Entry<String, Boolean> newly : reported.entrySet()) {
                brokenRound.put(newly.getKey(), round);
                transitive.put(newly.getKey(), newly.getValue());
            }
            frontier = new ArrayList<>(reported.keySet());
        }
        return transitive;
    }
}
