package org.dyad.time;

import java.time.LocalDate;

/** When an event happened: the date, how precise it is ("day", "month", "year"), and the words that said so (null: the article date). */
public record EventDate(LocalDate date, String precision, String timex) {}
