package org.dyad.store;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import org.dyad.clean.NearDuplicates;

/**
 * Which stored articles are copies of one story (the same wire story on several sites), found with {@link
 * NearDuplicates} as {@code dyad code} finds them. Each article has a row naming its story's original (itself
 * for an original) and, for an original, its MinHash signature, so a later ingest into the same store finds
 * copies of what earlier ones stored. With {@code keepApart} every article is a story of its own (the
 * {@code --keep-duplicates} of the command line). Used by the single writer, from its thread.
 */
final class Stories {
  static final String DDL = """
      CREATE TABLE IF NOT EXISTS near_duplicates (
        article_id BIGINT PRIMARY KEY,
        original_id BIGINT NOT NULL,
        similarity DOUBLE NOT NULL,
        minhash BLOB)""";

  private final Connection c;
  private final boolean keepApart;
  private NearDuplicates seen;

  Stories(Connection c, boolean keepApart) throws SQLException {
    this.c = c;
    this.keepApart = keepApart;
    reload();
    placeUnplaced();
  }

  static void create(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(DDL);
    }
  }

  /** Reads the originals' signatures again: after a rolled-back batch, whose articles must be forgotten. */
  void reload() throws SQLException {
    seen = new NearDuplicates(NearDuplicates.DEFAULT_THRESHOLD);
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT article_id, minhash FROM near_duplicates WHERE minhash IS NOT NULL ORDER BY article_id")) {
      while (r.next()) seen.remember(Long.toString(r.getLong(1)), decode(r.getBytes(2)));
    }
  }

  /** Articles stored before stories were kept get theirs, in the order they were stored (the first is the original). */
  private void placeUnplaced() throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT id, text FROM articles a WHERE NOT EXISTS (SELECT 1 FROM near_duplicates d WHERE d.article_id = a.id) ORDER BY id")) {
      while (r.next()) place(r.getLong(1), r.getString(2));
    }
  }

  /** The original of the story of a stored article; an article without a story yet is placed in one now. */
  long storyOf(long articleId, String text) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT original_id FROM near_duplicates WHERE article_id = ?")) {
      ps.setLong(1, articleId);
      try (ResultSet r = ps.executeQuery()) {
        if (r.next()) return r.getLong(1);
      }
    }
    return place(articleId, text);
  }

  /** Places a newly stored article: in the story of the earlier article it copies, or in a story of its own. Returns the original. */
  long place(long articleId, String text) throws SQLException {
    int[] sig = NearDuplicates.signature(text);
    NearDuplicates.Match m = null;
    if (keepApart) seen.remember(Long.toString(articleId), sig);
    else m = seen.check(Long.toString(articleId), sig);
    long original = m == null ? articleId : Long.parseLong(m.firstId()); // only originals are remembered
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO near_duplicates VALUES (?,?,?,?)")) {
      ps.setLong(1, articleId);
      ps.setLong(2, original);
      ps.setDouble(3, m == null ? 1.0 : m.similarity());
      if (m == null && sig != null) ps.setBytes(4, encode(sig));
      else ps.setNull(4, Types.BLOB);
      ps.executeUpdate();
    }
    return original;
  }

  /** Whether the story holds articles other than this one (only then can its events be reported again). */
  boolean hasOthers(long original, long articleId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM near_duplicates WHERE original_id = ? AND article_id <> ? LIMIT 1")) {
      ps.setLong(1, original);
      ps.setLong(2, articleId);
      try (ResultSet r = ps.executeQuery()) {
        return r.next();
      }
    }
  }

  private static byte[] encode(int[] sig) {
    ByteBuffer b = ByteBuffer.allocate(sig.length * Integer.BYTES);
    for (int v : sig) b.putInt(v);
    return b.array();
  }

  private static int[] decode(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes);
    int[] sig = new int[bytes.length / Integer.BYTES];
    for (int i = 0; i < sig.length; i++) sig[i] = b.getInt();
    return sig;
  }
}
