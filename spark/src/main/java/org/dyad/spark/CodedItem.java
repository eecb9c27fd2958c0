package org.dyad.spark;

import java.io.Serializable;
import org.apache.spark.sql.Row;

/**
 * One thing coding produced, at its place in output order: an event (its Parquet row without the id, and its
 * GDELT line without the id when GDELT was asked for) or a document error.
 */
public record CodedItem(Position position, Row event, String gdeltTail, ErrorData error) implements Serializable {}
