package org.distpolicy.archive;

/** What an entry of a package tree is. */
public enum EntryType {
    FILE,
    DIRECTORY,
    SYMLINK,
    HARDLINK,
    /** Devices, fifos and the like: never legitimate in a source package. */
    SPECIAL
}
