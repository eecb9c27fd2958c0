package org.dyad.watch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One host's robots.txt as RFC 9309 reads it: the group for our product token, else the {@code *} group; within it
 * the longest matching Allow or Disallow path wins (Allow on a tie); {@code *} matches any characters and a final
 * {@code $} the end of the path. {@code Crawl-delay}, outside the RFC but widely given, is kept as a wish.
 */
public record Robots(List<Rule> rules, Duration crawlDelay) {
  /** The name we look for in User-agent lines; the request header says {@code dyad/…}. */
  public static final String PRODUCT = "dyad";

  /** Everything allowed: no robots.txt (a 4xx answer). */
  public static final Robots ALLOW_ALL = new Robots(List.of(), Duration.ZERO);
  /** Nothing allowed: robots.txt could not be read (5xx, or the host did not answer). */
  public static final Robots DISALLOW_ALL = new Robots(List.of(new Rule(false, "/", Pattern.compile("/.*"))), Duration.ZERO);

  public Robots {
    rules = List.copyOf(rules);
  }

  /** One Allow or Disallow line. */
  public record Rule(boolean allow, String path, Pattern pattern) {}

  /** Whether a path (with its query) may be fetched. */
  public boolean allowed(String pathAndQuery) {
    String p = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
    Rule best = null;
    for (Rule r : rules) {
      if (!r.pattern().matcher(p).lookingAt()) continue;
      if (best == null || r.path().length() > best.path().length() || (r.path().length() == best.path().length() && r.allow())) best = r;
    }
    return best == null || best.allow();
  }

  /** Parses robots.txt text: the groups naming {@link #PRODUCT} if any, else those naming {@code *}. */
  public static Robots parse(String text) {
    List<Rule> mine = new ArrayList<>(), any = new ArrayList<>();
    Duration myDelay = null, anyDelay = null;
    List<String> agents = new ArrayList<>();
    boolean inRules = false;
    for (String raw : text.split("\r?\n|\r")) {
      String line = raw.replaceFirst("#.*", "").strip();
      int colon = line.indexOf(':');
      if (colon < 0) continue;
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (key.equals("user-agent")) {
        if (inRules) agents.clear(); // a new group starts after the previous one's rules
        inRules = false;
        agents.add(value.toLowerCase(Locale.ROOT));
        continue;
      }
      inRules = true;
      boolean forMe = agents.stream().anyMatch(a -> !a.equals("*") && PRODUCT.equals(a.replaceFirst("/.*", "")));
      boolean forAll = agents.contains("*");
      if (!forMe && !forAll) continue;
      if (key.equals("allow") || key.equals("disallow")) {
        if (value.isEmpty()) continue; // "Disallow:" with nothing allows everything
        Rule r = new Rule(key.equals("allow"), value, pattern(value));
        (forMe ? mine : any).add(r);
      } else if (key.equals("crawl-delay")) {
        Duration d = seconds(value);
        if (forMe) myDelay = d;
        else anyDelay = d;
      }
    }
    boolean useMine = !mine.isEmpty() || myDelay != null;
    Duration delay = useMine ? myDelay : anyDelay;
    return new Robots(useMine ? mine : any, delay == null ? Duration.ZERO : delay);
  }

  private static Pattern pattern(String path) {
    boolean anchored = path.endsWith("$");
    String body = anchored ? path.substring(0, path.length() - 1) : path;
    List<String> parts = new ArrayList<>();
    for (String part : body.split("\\*", -1)) parts.add(Pattern.quote(part));
    String re = String.join(".*", parts);
    return Pattern.compile(re + (anchored ? "$" : ""));
  }

  private static Duration seconds(String value) {
    try {
      double s = Double.parseDouble(value);
      return s > 0 && s < 3600 ? Duration.ofMillis((long) (s * 1000)) : null;
    } catch (NumberFormatException e) {
      return null; // a delay we cannot read is no delay asked for
    }
  }
}
