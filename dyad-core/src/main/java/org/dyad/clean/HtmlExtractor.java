package org.dyad.clean;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Keeps the article of a news page and drops the rest. Three steps, each with its own threshold below:
 * (1) prune what is never article text (scripts, forms' controls, hidden parts, navigation, comment sections,
 * share bars, cookie and subscription prompts, by tag and by class/id words); (2) score every container by the
 * paragraphs under it (length, commas, link density, class words) and take the best, with its siblings that
 * score close to it; (3) write the container's blocks as paragraphs, leaving out link lists and short
 * boilerplate lines. When step 2 finds too little, the whole pruned body is used instead.
 */
public final class HtmlExtractor {
  /** Tags that never hold article text. */
  private static final Set<String> NEVER_TEXT = Set.of("script", "style", "template", "iframe", "svg",
      "canvas", "button", "input", "select", "textarea", "object", "embed", "link", "meta", "head", "map", "dialog");
  /** Noscript is usually a tracking pixel or "enable JavaScript"; a big one holds a page a script would show. */
  private static final int MAX_SMALL_NOSCRIPT = 300;
  /** Tags that hold page furniture rather than the article. */
  private static final Map<String, String> FURNITURE = Map.of("nav", "navigation", "aside", "sidebar", "footer", "footer",
      "figure", "caption", "figcaption", "caption");
  /** Tags that flow inside a paragraph; every other element starts a new block. */
  private static final Set<String> INLINE = Set.of("a", "span", "b", "i", "em", "strong", "u", "small", "sup", "sub",
      "abbr", "cite", "code", "font", "mark", "q", "s", "strike", "time", "label", "img", "big", "tt", "var", "kbd",
      "dfn", "bdi", "bdo", "wbr", "data", "ins", "del", "acronym", "nobr");
  /** Elements whose own paragraphs feed container scores. */
  private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote", "dd", "li");
  /** A paragraph shorter than this adds nothing to its container's score. */
  private static final int MIN_SCORED_PARAGRAPH = 25;
  /** Siblings of the best container are kept when they score this fraction of it. */
  private static final double SIBLING_SHARE = 0.2;
  /** Below this many characters the chosen container is not trusted and the whole body is used. */
  private static final int MIN_MAIN_TEXT = 200;
  /** A block whose characters are more than this share link text is a link list. */
  private static final double MAX_LINK_DENSITY = 0.5;
  /** A run of text (between block elements, outside links) of at least this many characters is prose. */
  private static final int MIN_PROSE_RUN = 70;
  /** The prose holder is the deepest element with this share of the page's prose. */
  private static final double PROSE_MAJORITY = 0.75;
  /** An element holding more than this share of the page's prose is never pruned. */
  private static final double MAX_PRUNED_PROSE = 0.5;
  /** A paragraph mostly of links is kept only when it is at least this long (a sentence full of links). */
  private static final int MAX_LINKED_PARAGRAPH = 200;
  /** The longest line taken for a heading. */
  private static final int MAX_HEADING = 80;
  /** Removed parts shown to the user are cut to this length. */
  private static final int SHOWN_REMOVED = 300;

  private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?。！？](\\s|$)");
  /** Runs of white space, the no-break and thin spaces of typeset pages included. */
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u00A0\\u2007\\u2009\\u202F]+");
  private final HtmlHints hints;
  private final LineCleaner blockRules;

  public HtmlExtractor(HtmlHints hints, LineCleaner blockRules) {
    this.hints = hints;
    this.blockRules = blockRules;
  }

  public static HtmlExtractor load(Path overrideDir) {
    return new HtmlExtractor(HtmlHints.load(overrideDir), LineCleaner.load("clean/block-rules.tsv", overrideDir));
  }

  /** Extracts from HTML source; {@code pageUrl} (may be null) resolves relative links and gives a date. */
  public Extraction extract(String html, String pageUrl) {
    return extract(Jsoup.parse(html, pageUrl == null ? "" : pageUrl), pageUrl);
  }

  /** Extracts from a parsed page. The document is pruned in place: parse a fresh one for any other use. */
  public Extraction extract(Document doc, String pageUrl) {
    HtmlMetadata meta = HtmlMetadata.read(doc, pageUrl);
    List<Extraction.Removed> removed = new ArrayList<>();
    Element body = doc.body();
    if (body == null) return new Extraction("", meta.title(), meta.date(), meta.url(), removed);
    prune(body, removed);
    List<Element> main = mainContent(body);
    List<Block> blocks = new ArrayList<>();
    for (Element e : main) new BlockWriter(blocks).walk(e);
    String text = keep(blocks, removed);
    if (text.length() < MIN_MAIN_TEXT && (main.size() != 1 || main.get(0) != body)) {
      List<Block> all = new ArrayList<>();
      new BlockWriter(all).walk(body);
      List<Extraction.Removed> removedAll = new ArrayList<>();
      String whole = keep(all, removedAll);
      if (whole.length() > text.length()) {
        text = whole;
        removed.addAll(removedAll);
      }
    }
    return new Extraction(text, meta.title(), meta.date(), meta.url(), removed);
  }

  // ---- step 1: prune ----

  private void prune(Element body, List<Extraction.Removed> removed) {
    Map<Element, Integer> prose = new IdentityHashMap<>();
    measureProse(body, prose);
    Set<Element> keep = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element a : body.select("article, main, [itemprop=articleBody]")) {
      for (Element up = a; up != null && keep.add(up); up = up.parent()) {
        // every wrapper of the article is kept
      }
    }
    pruneBelow(body, prose, prose.get(body), keep, new java.util.HashMap<>(), removed);
  }

  /**
   * Prunes top-down, so a removed element's inside is neither judged nor reported again. Depth-first in document
   * order with a stack of the children still to judge, not recursion: pages nest elements thousands deep.
   */
  private void pruneBelow(Element root, Map<Element, Integer> prose, int bodyProse, Set<Element> keep,
      Map<String, java.util.Optional<String>> hintCache, List<Extraction.Removed> removed) {
    Deque<Iterator<Element>> open = new ArrayDeque<>();
    open.push(new ArrayList<>(root.children()).iterator());
    while (!open.isEmpty()) {
      if (!open.peek().hasNext()) {
        open.pop();
        continue;
      }
      Element e = open.peek().next();
      String reason = pruneReason(e, keep.contains(e), hintCache);
      // A wrapper that holds most of the page's prose is the article, whatever its class words or tag say.
      if (reason != null && !reason.equals("markup") && !reason.equals("hidden") && bodyProse > 0
          && prose.getOrDefault(e, 0) > bodyProse * MAX_PRUNED_PROSE) reason = null;
      if (reason == null) {
        open.push(new ArrayList<>(e.children()).iterator());
        continue;
      }
      if (!reason.equals("markup")) {
        String t = e.text();
        if (!t.isBlank()) removed.add(new Extraction.Removed(shorten(t), reason));
      }
      e.remove();
    }
  }

  /**
   * Characters of prose under each element: runs of text of at least 80 characters outside links, which is what
   * an article is made of and what menus, share bars and link lists lack. Each element's total is its own prose
   * plus its block children's totals, so elements are measured children first (reverse document order).
   */
  private static int measureProse(Element root, Map<Element, Integer> prose) {
    List<Element> order = blockElements(root);
    for (int i = order.size() - 1; i >= 0; i--) {
      Element e = order.get(i);
      int own = 0;
      int run = 0;
      int total = 0;
      for (Node n : e.childNodes()) {
        if (n instanceof TextNode t) {
          run += visibleChars(t.getWholeText());
        } else if (n instanceof Element c) {
          String tag = c.normalName();
          if (NEVER_TEXT.contains(tag) || tag.equals("a")) continue;
          if (INLINE.contains(tag)) {
            run += inlineChars(c);
            continue;
          }
          if (run >= MIN_PROSE_RUN) own += run;
          run = 0;
          total += prose.get(c);
        }
      }
      if (run >= MIN_PROSE_RUN) own += run;
      prose.put(e, total + own);
    }
    return prose.get(root);
  }

  /** The root and the block elements under it that carry prose totals, parents before their children. */
  private static List<Element> blockElements(Element root) {
    List<Element> order = new ArrayList<>();
    Deque<Element> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Element e = todo.pop();
      order.add(e);
      for (Element c : e.children()) {
        String tag = c.normalName();
        if (!NEVER_TEXT.contains(tag) && !tag.equals("a") && !INLINE.contains(tag)) todo.push(c);
      }
    }
    return order;
  }

  /** Characters of text inside an inline element, leaving out links. */
  private static int inlineChars(Element root) {
    int n = 0;
    Deque<Element> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      for (Node c : todo.pop().childNodes()) {
        if (c instanceof TextNode t) n += visibleChars(t.getWholeText());
        else if (c instanceof Element el && !el.normalName().equals("a") && !NEVER_TEXT.contains(el.normalName())) todo.push(el);
      }
    }
    return n;
  }

  /** Characters that are not white space: a length that needs no normalised copy of the text. */
  private static int visibleChars(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (!Character.isWhitespace(s.charAt(i))) n++;
    return n;
  }

  /** Text characters and link-text characters under every element, counted once for the whole page, children first. */
  private static void countText(Element root, Map<Element, int[]> out) {
    List<Element> order = new ArrayList<>();
    Set<Element> inLink = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Element> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Element e = todo.pop();
      order.add(e);
      boolean link = inLink.contains(e);
      for (Element c : e.children()) {
        if (link || c.normalName().equals("a")) inLink.add(c);
        todo.push(c);
      }
    }
    for (int i = order.size() - 1; i >= 0; i--) {
      Element e = order.get(i);
      boolean link = inLink.contains(e);
      int total = 0;
      int links = 0;
      for (Node n : e.childNodes()) {
        if (n instanceof TextNode t) {
          int c = visibleChars(t.getWholeText());
          total += c;
          if (link) links += c;
        } else if (n instanceof Element c) {
          int[] sub = out.get(c);
          total += sub[0];
          links += sub[1];
        }
      }
      out.put(e, new int[] {total, links});
    }
  }

  private String pruneReason(Element e, boolean holdsArticle, Map<String, java.util.Optional<String>> hintCache) {
    String tag = e.normalName();
    if (tag.equals("noscript")) return e.text().length() <= MAX_SMALL_NOSCRIPT ? "markup" : null;
    if (NEVER_TEXT.contains(tag)) return "markup";
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) || hiddenStyle(e.attr("style"))) return "hidden";
    if (holdsArticle) return null;
    String reason = FURNITURE.get(tag);
    if (reason == null && tag.equals("form") && !e.select("input[type=text], input[type=email], textarea").isEmpty()
        && e.text().length() < 500) reason = "form";
    if (reason == null) {
      String role = e.attr("role");
      if (role.equals("navigation") || role.equals("complementary") || role.equals("contentinfo")) reason = "navigation";
    }
    if (reason == null) {
      // Pages repeat the same class lists hundreds of times; each distinct one is matched once.
      String words = classAndId(e);
      reason = words.isEmpty() ? null : hintCache.computeIfAbsent(words, w -> java.util.Optional.ofNullable(hints.dropReason(w))).orElse(null);
    }
    return reason;
  }

  private static boolean hiddenStyle(String style) {
    if (style.isEmpty()) return false;
    String s = style.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    return s.contains("display:none") || s.contains("visibility:hidden");
  }

  static String classAndId(Element e) {
    String c = e.className();
    String id = e.id();
    return c.isEmpty() ? id : id.isEmpty() ? c : c + " " + id;
  }

  // ---- step 2: choose the main container ----

  /**
   * The best container is where two views agree: the element the paragraph scores point to (good at finding the
   * article's core) and the deepest element holding most of the page's prose (good at finding all of it). Their
   * common ancestor is taken, widened to the enclosing {@code <article>}, plus siblings that score or read like
   * prose (a lead paragraph kept outside the body wrapper).
   */
  private List<Element> mainContent(Element body) {
    Map<Element, int[]> counts = new IdentityHashMap<>();
    countText(body, counts);
    Map<Element, Double> scores = containerScores(body, counts);
    Element scored = null;
    double bestScore = 0;
    for (var e : scores.entrySet()) {
      if (e.getValue() > bestScore) {
        bestScore = e.getValue();
        scored = e.getKey();
      }
    }
    if (scored == null) return List.of(body);
    Element best = commonAncestor(scored, proseHolder(body));
    for (Element up = best; up != null; up = up.parent()) {
      if (up.normalName().equals("article")) {
        best = up;
        break;
      }
    }
    bestScore = scores.getOrDefault(best, bestScore);
    Element parent = best.parent();
    if (parent == null) return List.of(best);
    List<Element> out = new ArrayList<>();
    for (Element sib : parent.children()) {
      if (sib == best || scores.getOrDefault(sib, 0.0) >= bestScore * SIBLING_SHARE) {
        out.add(sib);
        continue;
      }
      String t = sib.text();
      double ld = linkDensity(sib, counts);
      if ((t.length() > 80 && ld < 0.25) || (!t.isEmpty() && ld == 0 && SENTENCE_END.matcher(t).find())) out.add(sib);
    }
    return out;
  }

  /** Readability-style scores: each paragraph's length and commas feed the three containers above it. */
  private Map<Element, Double> containerScores(Element body, Map<Element, int[]> counts) {
    Map<Element, Double> raw = new IdentityHashMap<>();
    for (Element p : body.getAllElements()) {
      boolean paragraph = PARAGRAPHS.contains(p.normalName());
      int[] c = counts.get(p);
      if (c == null || c[0] < MIN_SCORED_PARAGRAPH * 3 / 4 || (!paragraph && !p.textNodes().stream().anyMatch(t -> !t.isBlank()))) continue;
      String t = paragraph ? p.text() : ownText(p);
      if (t.length() < MIN_SCORED_PARAGRAPH) continue;
      double s = 1 + count(t, ',') + count(t, '\uFF0C') + count(t, '\u3001') + Math.min(t.length() / 100.0, 3);
      // A paragraph feeds its container and, less, the two above it; loose text feeds its own element first.
      Element up = paragraph ? p.parent() : p;
      for (int level = 1; level <= 3 && up != null; level++, up = up.parent()) raw.merge(up, s / level, Double::sum);
    }
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (var e : raw.entrySet()) {
      Element c = e.getKey();
      scores.put(c, (e.getValue() + hints.weight(classAndId(c)) + semanticBonus(c)) * (1 - linkDensity(c, counts)));
    }
    return scores;
  }

  /** The deepest element that holds at least {@link #PROSE_MAJORITY} of the (pruned) page's prose. */
  private static Element proseHolder(Element body) {
    Map<Element, Integer> prose = new IdentityHashMap<>();
    int total = measureProse(body, prose);
    Element holder = body;
    if (total == 0) return holder;
    for (boolean down = true; down; ) {
      down = false;
      for (Element c : holder.children()) {
        if (prose.getOrDefault(c, 0) >= total * PROSE_MAJORITY) {
          holder = c;
          down = true;
          break;
        }
      }
    }
    return holder;
  }

  private static Element commonAncestor(Element a, Element b) {
    Set<Element> above = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element up = b; up != null; up = up.parent()) above.add(up);
    for (Element up = a; up != null; up = up.parent()) {
      if (above.contains(up)) return up;
    }
    return b;
  }

  private static double semanticBonus(Element e) {
    String tag = e.normalName();
    if (e.attr("itemprop").equalsIgnoreCase("articleBody")) return 40;
    if (tag.equals("article")) return 20;
    if (tag.equals("main")) return 10;
    return 0;
  }

  /** The text directly inside an element, outside its block children (inline children count). */
  private static String ownText(Element e) {
    StringBuilder sb = new StringBuilder();
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) sb.append(t.text());
      else if (n instanceof Element c && INLINE.contains(c.normalName())) sb.append(c.text());
    }
    return sb.toString().strip();
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
    return n;
  }

  private static double linkDensity(Element e, Map<Element, int[]> counts) {
    int[] c = counts.get(e);
    return c == null || c[0] == 0 ? 0 : c[1] / (double) c[0];
  }

  // ---- step 3: write the text ----

  /** A paragraph of text with the number of its characters that are link text. */
  record Block(String tag, String text, int linkChars) {}

  private String keep(List<Block> blocks, List<Extraction.Removed> removed) {
    List<Block> kept = new ArrayList<>();
    for (Block b : blocks) {
      String t = b.text();
      double ld = b.linkChars() / (double) t.length();
      if (ld > MAX_LINK_DENSITY && (t.length() < MAX_LINKED_PARAGRAPH || !b.tag().equals("p"))) {
        removed.add(new Extraction.Removed(shorten(t), "link-list"));
        // The heading of a dropped list ("Related stories", "Weiterführende Links") goes with it.
        if (!kept.isEmpty() && isHeading(kept.get(kept.size() - 1))) {
          removed.add(new Extraction.Removed(kept.remove(kept.size() - 1).text(), "link-list"));
        }
        continue;
      }
      kept.add(b);
    }
    // A heading with nothing after it heads something that was dropped.
    while (!kept.isEmpty() && isHeading(kept.get(kept.size() - 1))) {
      removed.add(new Extraction.Removed(kept.remove(kept.size() - 1).text(), "link-list"));
    }
    StringBuilder out = new StringBuilder();
    for (Block b : kept) {
      if (out.length() > 0) out.append("\n\n");
      out.append(b.text());
    }
    CleanText clean = blockRules.clean(out.toString());
    for (Dropped d : clean.dropped()) removed.add(new Extraction.Removed(shorten(d.text()), d.reason()));
    return clean.dropped().isEmpty() ? clean.text() : tidy(clean.text());
  }

  /** A short line that ends in no sentence punctuation: a heading, whatever its tag. */
  private static boolean isHeading(Block b) {
    String t = b.text();
    return t.length() <= MAX_HEADING && t.indexOf('\n') < 0 && !SENTENCE_END.matcher(t + " ").find();
  }

  /** Drops the lines the block rules blanked and the blank lines they leave. */
  private static String tidy(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean gap = false;
    for (String line : text.split("\n")) {
      if (line.isBlank()) {
        gap = out.length() > 0;
        continue;
      }
      if (out.length() > 0) out.append(gap ? "\n\n" : "\n");
      out.append(line.strip());
      gap = false;
    }
    return out.toString();
  }

  private static String shorten(String t) {
    return t.length() <= SHOWN_REMOVED ? t : t.substring(0, SHOWN_REMOVED) + "…";
  }

  /** Walks a subtree and cuts its text into blocks at every block-level element and line break pair. */
  private static final class BlockWriter {
    private final List<Block> out;
    private final StringBuilder cur = new StringBuilder();
    private int curLinks;
    private String curTag = "div";

    BlockWriter(List<Block> out) {
      this.out = out;
    }

    /** One step of the walk: a node to write, or the end of a block element (its text is then flushed). */
    private record Step(Node node, boolean inLink, boolean blockEnd) {}

    /** Depth-first in document order with an explicit stack, not recursion: pages nest elements thousands deep. */
    void walk(Element root) {
      Deque<Step> todo = new ArrayDeque<>();
      todo.push(new Step(root, false, false));
      while (!todo.isEmpty()) {
        Step step = todo.pop();
        if (step.blockEnd()) flush();
        else visit(step.node(), step.inLink(), todo);
      }
      flush();
    }

    private void visit(Node n, boolean inLink, Deque<Step> todo) {
      if (n instanceof TextNode t) {
        String s = t.text();
        if (s.isBlank()) {
          if (cur.length() > 0 && !s.isEmpty()) append(" ", false);
          return;
        }
        append(s, inLink);
        return;
      }
      if (!(n instanceof Element e)) return;
      String tag = e.normalName();
      if (tag.equals("br")) {
        if (cur.length() > 0) cur.append('\n');
        return;
      }
      if (!INLINE.contains(tag)) {
        flush();
        curTag = tag;
        todo.push(new Step(e, false, true));
      }
      boolean link = inLink || tag.equals("a");
      List<Node> children = e.childNodes();
      for (int i = children.size() - 1; i >= 0; i--) todo.push(new Step(children.get(i), link, false));
    }

    private void append(String s, boolean inLink) {
      if (cur.length() > 0 && !Character.isWhitespace(cur.charAt(cur.length() - 1)) && Character.isWhitespace(s.charAt(0))) {
        cur.append(' ');
        s = s.stripLeading();
      } else if (cur.length() == 0 || Character.isWhitespace(cur.charAt(cur.length() - 1))) {
        s = s.stripLeading();
      }
      String collapsed = SPACES.matcher(s).replaceAll(" ");
      cur.append(collapsed);
      if (inLink) curLinks += collapsed.strip().length();
    }

    private void flush() {
      String t = cur.toString().replaceAll("[ \\t]*\\n[ \\t]*", "\n").strip();
      if (!t.isEmpty()) out.add(new Block(curTag, t, Math.min(curLinks, t.length())));
      cur.setLength(0);
      curLinks = 0;
    }
  }
}
