package org.distpolicy.release;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Tarjan's strongly connected components, iterative (an archive's dependency chains are deeper
 * than a thread's stack). Components come out in reverse topological order: every component
 * after all those it reaches, so when edges point from a package to what it needs, what is
 * needed comes first.
 */
public final class StronglyConnected {
    private StronglyConnected() {
    }

    /** @param successors for each node 0..n-1, the nodes it has edges to */
    public static List<int[]> components(int[][] successors) {
        int n = successors.length;
        int[] index = new int[n];
        int[] low = new int[n];
        boolean[] onStack = new boolean[n];
        Arrays.fill(index, -1);
        int[] nextEdge = new int[n];
        Deque<Integer> stack = new ArrayDeque<>();
        Deque<Integer> calls = new ArrayDeque<>();
        List<int[]> components = new ArrayList<>();
        int counter = 0;
        for (int start = 0; start < n; start++) {
            if (index[start] >= 0) {
                continue;
            }
            calls.push(start);
            index[start] = low[start] = counter++;
            stack.push(start);
            onStack[start] = true;
            while (!calls.isEmpty()) {
                int node = calls.peek();
                if (nextEdge[node] < successors[node].length) {
                    int next = successors[node][nextEdge[node]++];
                    if (index[next] < 0) {
                        index[next] = low[next] = counter++;
                        stack.push(next);
                        onStack[next] = true;
                        calls.push(next);
                    } else if (onStack[next]) {
                        low[node] = Math.min(low[node], index[next]);
                    }
                    continue;
                }
                calls.pop();
                if (!calls.isEmpty()) {
                    int parent = calls.peek();
                    low[parent] = Math.min(low[parent], low[node]);
                }
                if (low[node] == index[node]) {
                    List<Integer> members = new ArrayList<>();
                    int member;
                    do {
                        member = stack.pop();
                        onStack[member] = false;
                        members.add(member);
                    } while (member != node);
                    components.add(members.stream().mapToInt(Integer::intValue).sorted().toArray());
                }
            }
        }
        return components;
    }
}
