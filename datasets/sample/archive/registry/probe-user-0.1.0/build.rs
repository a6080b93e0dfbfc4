fn main() { /* compiles build/probe.c to detect the platform */ }
