/**
 * Cargo's platform-specific dependencies: which {@code [target.<key>.dependencies]} tables apply to
 * the targets a distribution builds for.
 *
 * <p>{@link org.distpolicy.cargo.cfg.Platform#parse} reads a key as cargo-platform does, with its
 * error messages; {@link org.distpolicy.cargo.cfg.TargetSpec} holds a target's cfg set, built in for
 * the common triples from {@code rustc --print cfg}. Nothing here runs rustc.
 *
 * <p>Cargo evaluates keys against the cfg rustc prints for the target when asked with every crate
 * type and without the profile's options, and so does this package. That gives cargo's answers
 * where they surprise:
 * <ul>
 *   <li>{@code test} and {@code proc_macro} are never set, and neither is any {@code feature = "..."}
 *       pair: those tables never apply;
 *   <li>{@code debug_assertions} is always set, whatever the profile: {@code cargo build --release}
 *       (1.95) still builds a {@code cfg(debug_assertions)} dependency;
 *   <li>{@code target_feature = "crt-static"} is never set, not even on musl: a proc-macro cannot
 *       link statically, and cargo's question to rustc includes that crate type.
 * </ul>
 * Without RUSTFLAGS, that is: cargo passes them to rustc, and a {@code --cfg} or
 * {@code -C target-feature} there changes the answers, which a custom {@link
 * org.distpolicy.cargo.cfg.TargetSpec} can model.
 */
package org.distpolicy.cargo.cfg;
