package org.distpolicy.manifest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a manifest as UTF-8, refusing malformed input instead of substituting U+FFFD: TOML must be
 * UTF-8, and a silently repaired manifest would be checked as something the author never wrote.
 * A leading byte order mark is dropped, as cargo's TOML parser does (Jackson's lexer rejects it).
 */
public final class StrictUtf8 {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private StrictUtf8() {}

    public static String decode(byte[] content) throws ManifestException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        // UTF-8 never yields more UTF-16 units than it has bytes.
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw invalidAt(content, in.position());
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return text.isEmpty() || text.charAt(0) != BYTE_ORDER_MARK ? text : text.substring(1);
    }

    private static ManifestException invalidAt(byte[] content, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (content[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        // Everything before the first bad byte decoded cleanly, so the column can count characters.
        int column = new String(content, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1;
        return new ManifestException(
                "invalid UTF-8 at byte offset " + offset + " (line " + line + ")", line, column);
    }
}
