package org.onrecord.clean;

import java.util.regex.Pattern;

/**
 * Patterns of text that is not the article: link-list headings, comment forms, follow and subscribe
 * prompts, licence footers, photo captions, share bars. They describe kinds of boilerplate, not
 * particular sites, and are shared by the plain-text and the HTML cleaners.
 */
final class Boilerplate {
    private Boilerplate() {
    }

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A prompt to follow the author or outlet on a social network. */
    private static final String FOLLOW = "^follow (me|us|him|her|them|@\\w+)\\b.{0,120}\\b(on|at|via) "
            + "(twitter|x|facebook|instagram|telegram|linkedin|youtube|tiktok|threads|mastodon)\\b.*$";

    /** A heading that introduces a list of links to other stories ("READ MORE:", "Most Popular"). */
    static final Pattern LIST_HEADING = Pattern.compile(
            "^[\\W_]{0,3}(read more|read also|also read|read next|more on this( story)?|more from [\\w .]{1,30}"
                    + "|related( articles| stories| news| content| coverage)?|see also|recommended( for you| stories)?"
                    + "|you may (also )?like|you might (also )?like|most (popular|read|viewed|shared)|more articles|more stories"
                    + "|trending( now| stories)?|top stories|latest( news| stories)?|popular (now|stories)|editor'?s picks"
                    + "|don[’']?t miss|must read|in other news|in case you missed it|watch( now)?)[\\s:.!]*$", CI);

    private static final Pattern LINE = Pattern.compile(String.join("|",
            // one-line link teasers
            "^(read more|read also|also read|see also|related|watch|listen|more)\\s*:\\s*\\S.{0,200}$",
            // follow / subscribe / sign-up prompts
            FOLLOW,
            "^[\\W_]{0,3}(subscribe|sign up|sign in|log in|register)\\b.{0,120}$",
            ".{0,80}\\b(sign up|subscribe) (to|for) (our|the) .{0,40}(newsletter|alerts|updates).{0,120}$",
            // source / credit lines
            "^(source|sources|via|credit|credits)\\s*:\\s*\\S.{0,100}$",
            // comment forms: prompts, field labels, validation and captcha messages, invitations to the thread
            "^(please )?(enter|type|write|leave|post|add) (your|a) (comment|name|e-?mail|reply|message|response)\\b.{0,60}$",
            "^you (have )?entered an? (incorrect|invalid|wrong)\\b.{0,120}$",
            "^.{0,60}\\b(re)?captcha\\b.{0,160}$",
            "^(scroll down|scroll to|click here|tap here|jump)\\b.{0,40}\\bcomments?\\b.{0,60}$",
            "^(comments? (are|is) closed|save my name,? email|notify me of|join the (conversation|discussion)|have your say"
                    + "|log ?in to (comment|reply)|show comments|view comments|\\d+ comments?$"
                    + "|this site uses akismet|your email address will not be published).*$",
            // licence and copyright footers
            "^.{0,120}\\b(is licensed under|licensed under a creative commons|all rights reserved"
                    + "|may not be (published|reproduced|redistributed|rewritten)).*$",
            "^(©|\\(c\\)|copyright\\b).{0,200}$",
            // photo captions and credits
            "^(file|photo|image|picture|pictured|video|graphic|main image|top image)( photo)?\\s*[-–—:|].{0,400}$",
            "^.{0,400}\\((photo|image|picture)( credit)?\\s*:[^)]{0,160}\\)\\s*$",
            "^(photo|image|picture)s?( credit)?\\s*:.{0,160}$",
            // share bars and ad slots
            "^((share|tweet|email|print|facebook|twitter|whatsapp|linkedin|reddit|pinterest|copy link|telegram|messenger)[\\s|·•,/]*){1,8}$",
            "^(advertisement|advertising|sponsored( content)?|ad|story continues below( advertisement)?|continue reading( below)?)\\W*$",
            // navigation glyph lines: "› Subscribe", "» Home"
            "^[›»•·|>]+\\s*\\S.{0,40}$"), CI);

    /** Sentences that end an article in single-line crawl dumps: licence and copyright notices, follow prompts. */
    private static final Pattern TRAILING_SENTENCE = Pattern.compile(String.join("|",
            "^.{0,160}\\b(is|are) (licensed|published|available) under\\b.*$",
            "^.{0,80}\\ball rights reserved\\.?$",
            "^(©|copyright\\b).{0,160}$",
            FOLLOW), CI);

    /** A licence or copyright notice that names who owns the text: "All content by X is licensed ...", "© 2024 X.". */
    private static final Pattern OWNER = Pattern.compile(
            "(?i:content|material|articles?|texts?|stories)\\s+(?i:by|from|of|on)\\s+(\\p{Lu}[^.]{1,60}?)\\s+(?i:is|are)\\s+"
                    + "(?i:licensed|published|available)\\s+(?i:under)"
                    + "|(?:(?:©|\\((?i:c)\\)|(?i:copyright))\\s*)+(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*)?(?:(?i:by)\\s+)?"
                    + "(\\p{Lu}[\\p{L}&.' -]{1,60}?)(?=\\s*(?:[.,;|]|(?i:all rights reserved)|$))", Pattern.UNICODE_CASE);

    static boolean isBoilerplateLine(String line) {
        String s = line.strip();
        return LINE.matcher(s).matches() || LIST_HEADING.matcher(s).matches();
    }

    static boolean isListHeading(String line) {
        return LIST_HEADING.matcher(line.strip()).matches();
    }

    static boolean isTrailingSentence(String sentence) {
        return TRAILING_SENTENCE.matcher(sentence.strip()).matches();
    }

    /** The owner a licence or copyright notice names ("All content by X is licensed ...", "© 2024 X."): the outlet, or null. */
    static String outletFromFooter(String text) {
        var m = OWNER.matcher(text);
        String owner = null;
        while (m.find()) owner = m.group(1) != null ? m.group(1) : m.group(2);
        return owner == null ? null : owner.strip();
    }
}
