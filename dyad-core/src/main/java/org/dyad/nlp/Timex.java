package org.dyad.nlp;

/**
 * A temporal expression found by SUTime, tokens {@code [start, end)} of its sentence. {@code value} is SUTime's
 * TIMEX3 value resolved against the article date ("2019-08-27", "2019-09", "PRESENT_REF").
 */
public record Timex(int start, int end, String text, String type, String value) {}
