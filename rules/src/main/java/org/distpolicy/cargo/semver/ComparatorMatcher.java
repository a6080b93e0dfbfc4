package org.distpolicy.cargo.semver;

/**
 * Whether a version satisfies one comparator, as the crate's eval module decides it. Numbers
 * compare unsigned (they are u64 in the crate); a comparator's missing minor or patch matches any.
 */
final class ComparatorMatcher {
    private ComparatorMatcher() {
    }

    /** The comparator's own condition, before the requirement-wide rule on pre-releases. */
    static boolean satisfies(ReqComparator c, CargoVersion v) {
        switch (c.op()) {
            case EXACT:
            case WILDCARD:
                return exact(c, v);
            case GREATER:
                return greater(c, v);
            case GREATER_EQ:
                return exact(c, v) || greater(c, v);
            case LESS:
                return less(c, v);
            case LESS_EQ:
                return exact(c, v) || less(c, v);
            case TILDE:
                return tilde(c, v);
            case CARET:
                return caret(c, v);
            default:
                throw new AssertionError(c.op());
        }
    }

    /**
     * Whether this comparator lets a pre-release of v match: it names v's exact major.minor.patch
     * and has a pre-release itself. So ">=1.2.3-alpha" opens 1.2.3's pre-releases only, not 1.2.4's.
     */
    static boolean opensPrereleasesOf(ReqComparator c, CargoVersion v) {
        return c.major() == v.major() && c.minor() != null && c.minor() == v.minor()
                && c.patch() != null && c.patch() == v.patch() && !c.pre().isEmpty();
    }

    private static boolean exact(ReqComparator c, CargoVersion v) {
        if (v.major() != c.major()) {
            return false;
        }
        if (c.minor() != null && v.minor() != c.minor()) {
            return false;
        }
        if (c.patch() != null && v.patch() != c.patch()) {
            return false;
        }
        return v.pre().equals(c.pre());
    }

    private static boolean greater(ReqComparator c, CargoVersion v) {
        if (v.major() != c.major()) {
            return Long.compareUnsigned(v.major(), c.major()) > 0;
        }
        if (c.minor() == null) {
            return false;
        }
        if (v.minor() != c.minor()) {
            return Long.compareUnsigned(v.minor(), c.minor()) > 0;
        }
        if (c.patch() == null) {
            return false;
        }
        if (v.patch() != c.patch()) {
            return Long.compareUnsigned(v.patch(), c.patch()) > 0;
        }
        return v.pre().compareTo(c.pre()) > 0;
    }

    private static boolean less(ReqComparator c, CargoVersion v) {
        if (v.major() != c.major()) {
            return Long.compareUnsigned(v.major(), c.major()) < 0;
        }
        if (c.minor() == null) {
            return false;
        }
        if (v.minor() != c.minor()) {
            return Long.compareUnsigned(v.minor(), c.minor()) < 0;
        }
        if (c.patch() == null) {
            return false;
        }
        if (v.patch() != c.patch()) {
            return Long.compareUnsigned(v.patch(), c.patch()) < 0;
        }
        return v.pre().compareTo(c.pre()) < 0;
    }

    private static boolean tilde(ReqComparator c, CargoVersion v) {
        if (v.major() != c.major()) {
            return false;
        }
        if (c.minor() != null && v.minor() != c.minor()) {
            return false;
        }
        if (c.patch() != null && v.patch() != c.patch()) {
            return Long.compareUnsigned(v.patch(), c.patch()) > 0;
        }
        return v.pre().compareTo(c.pre()) >= 0;
    }

    /** Changes right of the leftmost non-zero number written are compatible. */
    private static boolean caret(ReqComparator c, CargoVersion v) {
        if (v.major() != c.major()) {
            return false;
        }
        if (c.minor() == null) {
            return true;
        }
        long minor = c.minor();
        if (c.patch() == null) {
            return c.major() != 0 ? Long.compareUnsigned(v.minor(), minor) >= 0 : v.minor() == minor;
        }
        long patch = c.patch();
        if (c.major() != 0) {
            if (v.minor() != minor) {
                return Long.compareUnsigned(v.minor(), minor) > 0;
            }
            if (v.patch() != patch) {
                return Long.compareUnsigned(v.patch(), patch) > 0;
            }
        } else if (minor != 0) {
            if (v.minor() != minor) {
                return false;
            }
            if (v.patch() != patch) {
                return Long.compareUnsigned(v.patch(), patch) > 0;
            }
        } else if (v.minor() != minor || v.patch() != patch) {
            return false;
        }
        return v.pre().compareTo(c.pre()) >= 0;
    }
}
