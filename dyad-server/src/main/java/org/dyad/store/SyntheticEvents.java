package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.dyad.codebook.Codebook;
import org.dyad.codebook.EventType;

/**
 * Fills an empty store with synthetic events for load benchmarks: real CAMEO codes with their Goldstein values
 * and quad classes (from the codebook), actors drawn from a skewed list of countries and roles, dates over ten
 * years, five events per article. Draws are DuckDB hashes of the row number and a seed, so the same size and
 * seed give the same data. Articles are marked {@code coded_with = 'synthetic'} and left unindexed: the next
 * {@link StoreWriter} on the store puts them and their sentences in the text index, as it does after a crash.
 */
public final class SyntheticEvents {
  private SyntheticEvents() {}

  /** Countries in rough order of how often they appear in international news; the weight falls with the rank. */
  private static final String[] COUNTRIES = {"USA", "RUS", "CHN", "UKR", "ISR", "PSE", "IRN", "GBR", "FRA", "DEU", "TUR", "SYR", "IND",
      "PAK", "AFG", "IRQ", "SAU", "EGY", "JPN", "KOR", "PRK", "NGA", "BRA", "MEX", "VEN", "YEM", "LBY", "SDN", "ETH", "SOM", "COL", "POL",
      "ITA", "ESP", "CAN", "AUS", "IDN", "PHL", "MMR", "LBN"};
  private static final String[] ROLES = {"GOV", "GOV", "GOV", "MIL", "MIL", "", "", "REB", "OPP", "CVL", "COP", "JUD", "LEG", "MED", "BUS"};
  /** Relative frequency of CAMEO roots in news-coded event data: statements, consultations and appeals dominate. */
  private static final int[] ROOT_WEIGHT = {0, 12, 8, 7, 16, 4, 3, 3, 2, 2, 3, 5, 3, 2, 3, 2, 2, 4, 3, 5, 1};

  private static long count(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement(); java.sql.ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }

  public static void generate(EventStore store, long events, long seed) {
    Connection c = store.connection();
    if (store.count("events") > 0 || store.count("articles") > 0) throw new StoreException("synthetic events go into an empty store only: " + store.dir());
    try (Statement s = c.createStatement()) {
      s.execute("CREATE OR REPLACE TEMP TABLE syn_actor (k INTEGER, code VARCHAR, country VARCHAR, name VARCHAR)");
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO syn_actor VALUES (?,?,?,?)")) {
        int k = 0;
        for (int i = 0; i < COUNTRIES.length; i++) {
          int weight = Math.max(1, 40 / (i + 1));
          for (String role : ROLES) {
            for (int w = 0; w < weight; w++) {
              ps.setInt(1, k++);
              ps.setString(2, COUNTRIES[i] + role);
              ps.setString(3, COUNTRIES[i]);
              ps.setString(4, COUNTRIES[i] + (role.isEmpty() ? "" : " " + role.toLowerCase()));
              ps.addBatch();
            }
          }
        }
        ps.executeBatch();
      }
      s.execute("CREATE OR REPLACE TEMP TABLE syn_event (k INTEGER, code VARCHAR, root VARCHAR, label VARCHAR, quad INTEGER, goldstein DOUBLE, plover VARCHAR)");
      List<EventType> types = new ArrayList<>(Codebook.builtIn().events());
      types.sort(java.util.Comparator.comparing(EventType::code));
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO syn_event VALUES (?,?,?,?,?,?,?)")) {
        int k = 0;
        for (EventType t : types) {
          int root = Integer.parseInt(t.root());
          int weight = root < ROOT_WEIGHT.length ? ROOT_WEIGHT[root] * (t.code().length() == 3 && t.code().endsWith("0") ? 4 : 1) : 1;
          for (int w = 0; w < weight; w++) {
            ps.setInt(1, k++);
            ps.setString(2, t.code());
            ps.setString(3, t.root());
            ps.setString(4, t.name());
            ps.setInt(5, t.quadClass());
            ps.setDouble(6, t.goldstein());
            ps.setString(7, "-".equals(t.plover()) ? null : t.plover());
            ps.addBatch();
          }
        }
        ps.executeBatch();
      }
      long articles = (events + 4) / 5;
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO articles (id, doc_id, url, content_hash, title, source, date, text, sentences, coded_with)"
          + " SELECT i + 1, 'synthetic-' || (i + 1), NULL, md5('synthetic ' || ? || ' ' || i), 'Synthetic article ' || (i + 1), 'synthetic',"
          + " DATE '2015-01-01' + CAST(hash(i, ?) % 3652 AS INTEGER), 'Synthetic article ' || (i + 1) || '.', 5, 'synthetic' FROM range(?) r(i)")) {
        ps.setLong(1, seed);
        ps.setLong(2, seed);
        ps.setLong(3, articles);
        ps.execute();
      }
      long actors = count(c, "syn_actor"), kinds = count(c, "syn_event");
      // Draw the keys first, then join on them: an equality join on plain columns stays a hash join.
      try (PreparedStatement ps = c.prepareStatement(EventColumns.INSERT.substring(0, EventColumns.INSERT.indexOf(" VALUES"))
          + " SELECT i + 1, i // 5 + 1, i % 5, a.date - CAST(hash(i, ? + 1) % 3 AS INTEGER), 'day',"
          + " sa.code, sa.country, sa.name, 0, length(sa.name), 'dictionary',"
          + " CASE WHEN notarget THEN NULL ELSE ta.code END, CASE WHEN notarget THEN NULL ELSE ta.country END,"
          + " CASE WHEN notarget THEN NULL ELSE ta.name END, NULL, NULL, CASE WHEN notarget THEN NULL ELSE 'dictionary' END,"
          + " ev.code, ev.root, ev.label, ev.quad, ev.goldstein, ev.plover, 'synthetic', round(0.3 + (hash(i, ? + 3) % 600) / 1000.0, 3),"
          + " 'verb', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'asserted'," // factuality: the coder's default
          + " sa.name, CASE WHEN notarget THEN NULL ELSE ta.name END,"
          + " NULL, NULL, NULL, NULL" // PlaceColumns' admin1, feature code, full name, FIPS country: no place
          + " FROM (SELECT i, hash(i, ? + 2) % 5 = 0 AS notarget, CAST(hash(i, ? + 4) % ? AS INTEGER) AS ka,"
          + "   CAST(hash(i, ? + 5) % ? AS INTEGER) AS kb, CAST(hash(i, ? + 6) % ? AS INTEGER) AS ke FROM range(?) r(i)) r"
          + " JOIN articles a ON a.id = r.i // 5 + 1"
          + " JOIN syn_actor sa ON sa.k = r.ka"
          + " JOIN syn_actor ta ON ta.k = r.kb"
          + " JOIN syn_event ev ON ev.k = r.ke"
          + " ORDER BY i")) {
        Object[] v = {seed, seed, seed, seed, actors, seed, actors, seed, kinds, events};
        for (int i = 0; i < v.length; i++) ps.setLong(i + 1, (Long) v[i]);
        ps.execute();
      }
      s.execute("INSERT INTO sentences (article_id, idx, start, text) SELECT article_id, sentence, NULL, t FROM"
          + " (SELECT e.article_id, e.sentence, e.source_text || ' ' || lower(coalesce(e.event_label, 'acted')) || ' '"
          + " || coalesce(e.target_text, '') || '.' AS t FROM events e)");
      Mentions.addOwn(s); // each synthetic event is seen once, in its own article
      c.commit();
      c.setAutoCommit(true);
      s.execute("DROP TABLE syn_actor");
      s.execute("DROP TABLE syn_event");
      s.execute("CHECKPOINT");
    } catch (SQLException e) {
      try {
        c.rollback();
        c.setAutoCommit(true);
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new StoreException("cannot generate synthetic events: " + e.getMessage(), e);
    }
  }
}
