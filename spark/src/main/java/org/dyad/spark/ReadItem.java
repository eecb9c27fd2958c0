package org.dyad.spark;

import java.io.Serializable;

/** One document read from the input: an article, or the error that kept it from becoming one. */
public record ReadItem(Position position, ArticleData article, ErrorData error) implements Serializable {}
