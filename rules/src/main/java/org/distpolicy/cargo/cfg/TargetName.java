package org.distpolicy.cargo.cfg;

/**
 * Cargo's check of a key that is not a cfg expression: letters and digits of any script, {@code _},
 * {@code -} and {@code .}. An empty name passes, as it does in cargo.
 */
final class TargetName {
    private TargetName() {
    }

    static void check(String name) throws CfgException {
        int bad = name.codePoints().filter(c -> !isAllowed(c)).findFirst().orElse(-1);
        if (bad < 0) {
            return;
        }
        // a parenthesis means a cfg expression was meant, so cargo says how one must start
        if (name.indexOf('(') >= 0) {
            throw new CfgException(name, "invalid target specifier: unexpected `(` character, "
                    + "cfg expressions must start with `cfg(`");
        }
        throw new CfgException(name,
                "invalid target specifier: unexpected character " + Character.toString(bad) + " in target name");
    }

    /** Rust's char::is_alphanumeric (Alphabetic, or a number of category Nd, Nl or No), or _ - . */
    private static boolean isAllowed(int c) {
        if (c == '_' || c == '-' || c == '.' || Character.isAlphabetic(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
