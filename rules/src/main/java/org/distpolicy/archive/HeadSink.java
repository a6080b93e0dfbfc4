package org.distpolicy.archive;

/**
 * Receives the first bytes of chosen files while the reader streams them once, so that what is
 * needed from them (a Go file's imports) is taken without keeping whole files in memory.
 */
public interface HeadSink {
    HeadSink NONE = new HeadSink() {
        @Override
        public boolean wants(String path) {
            return false;
        }

        @Override
        public void accept(String path, byte[] head, boolean complete) {
        }
    };

    /** At most this many bytes of a file are passed on. */
    int HEAD_BYTES = 64 * 1024;

    boolean wants(String path);

    /** @param complete false when the file is longer than {@code head} */
    void accept(String path, byte[] head, boolean complete);
}
