package org.distpolicy.cargo.semver;

import java.io.Serializable;
import java.util.Objects;

/**
 * One comparator of a requirement, such as {@code >=1.2} or {@code ~0.3.1-beta}: an operator and a
 * partial version. Build metadata written in a requirement is checked when parsing but dropped,
 * as the crate does, since it never changes what matches. (The crate calls this a Comparator; the
 * name here keeps clear of java.util.Comparator.)
 *
 * @param minor null when the requirement leaves it out (or writes a wildcard)
 * @param patch null when the requirement leaves it out (or writes a wildcard); only with a minor
 * @param pre   non-empty only with a patch
 */
public record ReqComparator(Op op, long major, Long minor, Long patch, Prerelease pre) implements Serializable {

    public ReqComparator {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(pre, "pre");
        if (patch != null && minor == null) {
            throw new IllegalArgumentException("a patch number needs a minor number");
        }
        if (!pre.isEmpty() && patch == null) {
            throw new IllegalArgumentException("a pre-release needs a patch number");
        }
    }

    /** The crate's Display: {@code ^1.2}, {@code =1.2.3-rc.1}, {@code 1.*}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(op.symbol()).append(Long.toUnsignedString(major));
        if (minor != null) {
            s.append('.').append(Long.toUnsignedString(minor));
            if (patch != null) {
                s.append('.').append(Long.toUnsignedString(patch));
                if (!pre.isEmpty()) {
                    s.append('-').append(pre);
                }
                return s.toString();
            }
        }
        if (op == Op.WILDCARD) {
            s.append(".*");
        }
        return s.toString();
    }
}
