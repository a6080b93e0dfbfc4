package org.distpolicy.gosrc;

import java.io.Serializable;
import java.util.Objects;

/** One GOOS/GOARCH pair the distro builds for, such as linux/amd64. */
public record GoTarget(String goos, String goarch) implements Serializable {
    public GoTarget {
        Objects.requireNonNull(goos, "goos");
        Objects.requireNonNull(goarch, "goarch");
    }

    @Override
    public String toString() {
        return goos + "/" + goarch;
    }
}
