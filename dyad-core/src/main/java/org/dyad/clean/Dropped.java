package org.dyad.clean;

/** A part of the article text the cleaner removed, with the id of the rule that removed it. */
public record Dropped(int start, int end, String text, String reason) {}
