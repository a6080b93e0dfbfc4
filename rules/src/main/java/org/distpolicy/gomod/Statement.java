package org.distpolicy.gomod;

import java.util.List;

/** A go.mod statement: a directive line (at top level or in a block) or a parenthesised block of lines. */
sealed interface Statement permits DirectiveLine, DirectiveBlock {

    /** The whole-line comments directly above the statement. */
    List<Comment> before();
}
