package org.distpolicy.copy;

import java.io.Serializable;
import org.distpolicy.rules.Ecosystem;

/** One file of one package, as the copy join sees it. */
public record CopyFile(String artifact, Ecosystem ecosystem, String packageName, String version, String path, long size)
        implements Serializable {
}
