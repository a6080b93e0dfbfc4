package org.distpolicy.gomod;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What modfile reads out of the comments around a directive: indirect markers, rationales, deprecations. */
final class DirectiveComments {
    /**
     * modfile's deprecatedRE: a paragraph starting "Deprecated:". \z rather than $, which in Java
     * would also match before a final line break and so drop it from the message.
     */
    private static final Pattern DEPRECATED = Pattern.compile("(?s)(?:^|\n\n)Deprecated: *(.*?)(?:\\z|\n\n)");

    private DirectiveComments() {
    }

    /**
     * Whether the first comment after a require reads "// indirect", alone or as "// indirect;
     * more" (modfile.isIndirect; "// indirect;" alone does not count).
     */
    static boolean isIndirect(DirectiveLine line) {
        if (line.suffix().isEmpty()) {
            return false;
        }
        List<String> words = GoUnicode.fields(line.suffix().get(0).text().substring("//".length()));
        return words.size() == 1 && words.get(0).equals("indirect")
                || words.size() > 1 && words.get(0).equals("indirect;");
    }

    /**
     * modfile.parseDirectiveComment: the text of the comments above and after the line, one
     * trimmed line each; a line in a block without comments of its own (a blank line above it
     * counts as one) takes the comments above the block. Null when there is no text.
     */
    static String text(DirectiveBlock block, DirectiveLine line) {
        List<Comment> comments = new ArrayList<>(line.before());
        comments.addAll(line.suffix());
        if (block != null && comments.isEmpty()) {
            comments = block.before();
        }
        List<String> lines = new ArrayList<>();
        for (Comment comment : comments) {
            if (!comment.isBlankLine()) {
                lines.add(GoUnicode.trimSpace(comment.text().substring("//".length())));
            }
        }
        String text = String.join("\n", lines);
        return text.isEmpty() ? null : text;
    }

    /** modfile.parseDeprecation: the first "Deprecated:" paragraph, without the prefix; null if none or empty. */
    static String deprecation(DirectiveBlock block, DirectiveLine line) {
        String text = text(block, line);
        if (text == null) {
            return null;
        }
        Matcher m = DEPRECATED.matcher(text);
        return m.find() && !m.group(1).isEmpty() ? m.group(1) : null;
    }
}
