package org.distpolicy.cargo.cfg;

/**
 * A {@code [target.<key>]} key that cargo would reject. The message is cargo's, word for word, so a
 * finding reads like the error the maintainer gets from {@code cargo build}.
 */
public final class CfgException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * @param input what cargo names as the culprit: the text inside {@code cfg(...)}, or the whole key
     *     when it is not a cfg expression
     * @param reason cargo's reason, e.g. {@code expected `)`, found `,`}
     */
    CfgException(String input, String reason) {
        super("failed to parse `" + input + "` as a cfg expression: " + reason);
    }
}
