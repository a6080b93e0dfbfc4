/**
 * Cargo's platform-specific dependencies: which {@code [target.<key>.dependencies]} tables apply to
 * the targets a distribution builds for.
 *
 * <p>{@link org.distpolicy.cargo.cfg.Platform#parse} reads a key as cargo-platform does, with its
 * error messages; {@link org.distpolicy.cargo.cfg.TargetSpec} holds a target's cfg set, built in for
 * the common triples from {@code rustc --print cfg}. Nothing here runs rustc.
 *
 * <p>Cargo evaluates keys against rustc's default cfg output for the target, and so does this
 * package, which gives cargo's answers for the cfgs cargo warns about:
 * <ul>
 *   <li>{@code test} and {@code proc_macro} are never set, and neither is any {@code feature = "..."}
 *       pair: those tables never apply;
 *   <li>{@code debug_assertions} is always set, whatever the profile: rustc prints it by default and
 *       cargo asks without the profile's options, so {@code cargo build --release} (1.95) still
 *       builds a {@code cfg(debug_assertions)} dependency.
 * </ul>
 */
package org.distpolicy.cargo.cfg;
