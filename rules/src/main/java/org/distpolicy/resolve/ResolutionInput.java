package org.distpolicy.resolve;

import java.io.Serializable;
import java.util.List;
import org.distpolicy.rules.Finding;

/** One package version's share of the archive-wide resolution. */
public interface ResolutionInput extends Serializable {
    List<Provide> provides();

    List<Requirement> requirements();

    /** Problems the package has on its own, found while building its graph. */
    List<Finding> findings();

    /** The nodes those problems break. */
    List<Seed> seeds();
}
