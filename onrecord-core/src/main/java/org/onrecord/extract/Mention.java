package org.onrecord.extract;

/**
 * Words that name a speaker: a pronoun ("he"), a name ("Amir Abdollahian", with any role words in
 * front kept apart), or a description ("the top Iranian diplomat", "the Financial Times").
 *
 * @param start where the words start in the body
 * @param end   where they end (exclusive)
 * @param text  the words
 * @param kind  pronoun, name or description
 * @param name  for a name: the name without honorifics and role words; else null
 * @param role  role words ("Iranian Foreign Minister"), or null
 */
record Mention(int start, int end, String text, Kind kind, String name, String role) {
    enum Kind { PRONOUN, NAME, DESCRIPTION }
}
