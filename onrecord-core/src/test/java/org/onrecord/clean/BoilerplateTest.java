package org.onrecord.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Kinds of boilerplate, each on lines written for this test (FICTIONAL sites), and article lines that must stay. */
class BoilerplateTest {
    @Test
    void commentFormsInTheirUsualWordings() {
        for (String line : new String[]{"Leave a comment", "Please enter your e-mail address", "Enter your name:", "Add a reply",
                "You entered an invalid email address.", "You have entered an incorrect captcha, try again",
                "This page is protected by reCAPTCHA and the Google Privacy Policy applies.", "Please complete the captcha.",
                "Scroll down to read the comments", "Click here to see all 12 comments", "Comments are closed.", "3 Comments"}) {
            assertTrue(Boilerplate.isBoilerplateLine(line), line);
        }
    }

    @Test
    void articleLinesThatMentionCommentsOrFormsStay() {
        for (String line : new String[]{"The mayor declined to comment on the leaked memo.",
                "Leave a message at the town hall and the clerk will call you back, she said, adding that the office would open on Monday.",
                "Officials entered an incorrect figure in the budget, the auditor found.",
                "Readers left hundreds of comments under the ministry's post within an hour."}) {
            assertFalse(Boilerplate.isBoilerplateLine(line), line);
        }
    }

    @Test
    void listHeadingsFollowPromptsCreditsAndShareBars() {
        for (String line : new String[]{"READ MORE:", "Most Viewed", "You may also like", "Follow us on Instagram for more stories",
                "Source: Fictional Wire", "Photo: Lena Park", "FILE - The harbour at dawn, in an undated picture.",
                "Share Tweet Email", "Advertisement", "» Newsletter"}) {
            assertTrue(Boilerplate.isBoilerplateLine(line), line);
        }
        assertFalse(Boilerplate.isBoilerplateLine("Most residents said they would follow the advice."));
    }

    @Test
    void licenceAndCopyrightNoticesEndAnArticleAndNameTheOwner() {
        assertTrue(Boilerplate.isTrailingSentence("All articles from Lakeside Courier are licensed under CC BY-SA 4.0."));
        assertTrue(Boilerplate.isTrailingSentence("Text by Harbour Voice is published under a Creative Commons licence."));
        assertTrue(Boilerplate.isTrailingSentence("© 2024 Valley Daily. All rights reserved."));
        assertFalse(Boilerplate.isTrailingSentence("The minister said the deal was licensed by the regulator last year."));

        assertEquals("Lakeside Courier", Boilerplate.outletFromFooter("Body text. All articles from Lakeside Courier are licensed under CC BY-SA 4.0."));
        assertEquals("Valley Daily", Boilerplate.outletFromFooter("Body text.\n© 2024 Valley Daily. All rights reserved."));
        assertEquals("Harbour Voice Media", Boilerplate.outletFromFooter("Copyright 2019-2024 by Harbour Voice Media, all rights reserved"));
        assertNull(Boilerplate.outletFromFooter("The council said the text of the deal would be published under the new rules."));
    }
}
