package org.distpolicy.jobs;

/** How a run uses the facts cache (see {@link FactsCache} and {@link org.distpolicy.facts.FactsKeys}). */
enum CacheMode {
    /** --no-cache: read every artifact and recompute everything; the cache is neither read nor written. */
    OFF,
    /** The default: a file artifact is unchanged when its bytes hash the same, a directory when its listing stamp is the same. */
    CONTENT,
    /** --trust-mtime: a file artifact is unchanged when its size and modification time are (nothing is read to tell). */
    MTIME
}
