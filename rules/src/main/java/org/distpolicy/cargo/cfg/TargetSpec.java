package org.distpolicy.cargo.cfg;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The cfg set of one target, what {@code rustc --print cfg --target <triple>} prints and cargo
 * evaluates {@code [target.'cfg(...)']} keys against.
 *
 * @param triple the target's name, which {@code [target.<triple>]} keys are compared with
 * @param names the cfg names set, e.g. {@code unix}, {@code windows}, {@code debug_assertions}
 * @param keyValues each cfg key and its values: {@code target_os}, {@code target_arch}, … have one,
 *     {@code target_family}, {@code target_feature} and {@code target_has_atomic} may have several,
 *     and a value may be empty ({@code target_abi = ""} on most targets)
 */
public record TargetSpec(String triple, Set<String> names, Map<String, Set<String>> keyValues)
        implements Serializable {

    public TargetSpec {
        Objects.requireNonNull(triple, "triple");
        names = Set.copyOf(names);
        keyValues = keyValues.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> Set.copyOf(entry.getValue())));
    }

    /**
     * The built-in cfg set of a target that distributions build for or that crates name.
     *
     * @throws IllegalArgumentException if the triple is not built in, see {@link #builtInTriples()}
     */
    public static TargetSpec of(String triple) {
        return lookup(triple).orElseThrow(() -> new IllegalArgumentException(
                "no built-in cfg set for target " + triple + "; built in: " + builtInTriples()));
    }

    /** The built-in cfg set of the target, or empty if it is not built in. */
    public static Optional<TargetSpec> lookup(String triple) {
        return BuiltInTargets.lookup(Objects.requireNonNull(triple, "triple"));
    }

    /** The built-in triples, sorted. */
    public static List<String> builtInTriples() {
        return BuiltInTargets.triples();
    }

    public boolean hasName(String name) {
        return names.contains(name);
    }

    public boolean hasKeyValue(String key, String value) {
        return values(key).contains(value);
    }

    /** The values of a cfg key, empty when the target does not set it. */
    public Set<String> values(String key) {
        return keyValues.getOrDefault(key, Set.of());
    }
}
