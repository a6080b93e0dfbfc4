package org.distpolicy.cargo.semver;

/**
 * A character quoted the way Rust's {@code {:?}} prints a {@code char}, which is how the crate
 * shows the offending character in its error messages: {@code 'v'}, {@code '\n'}, {@code '\''},
 * <code>'&#92;u{a0}'</code>.
 *
 * <p>Rust escapes what its Unicode tables call grapheme-extending or non-printable. Here those
 * tables are Java's: combining and enclosing marks, and the control, format, surrogate,
 * private-use, unassigned and separator categories (the plain space excepted). The few spacing
 * marks Unicode also counts as grapheme-extending, and characters assigned after Java's Unicode
 * version, print differently than in Rust; the crate's grammar itself is ASCII, so this only
 * touches the quoted character of an error.
 */
final class RustCharDebug {
    private RustCharDebug() {
    }

    static String quote(int codePoint) {
        return "'" + escape(codePoint) + "'";
    }

    private static String escape(int codePoint) {
        switch (codePoint) {
            case 0:
                return "\\0";
            case '\t':
                return "\\t";
            case '\r':
                return "\\r";
            case '\n':
                return "\\n";
            case '\\':
                return "\\\\";
            case '\'':
                return "\\'";
            default:
                return isShownAsIs(codePoint)
                        ? new String(Character.toChars(codePoint))
                        : "\\u{" + Integer.toHexString(codePoint) + "}";
        }
    }

    private static boolean isShownAsIs(int codePoint) {
        if (codePoint == ' ') {
            return true;
        }
        switch (Character.getType(codePoint)) {
            case Character.NON_SPACING_MARK:
            case Character.ENCLOSING_MARK:
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.UNASSIGNED:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }
}
