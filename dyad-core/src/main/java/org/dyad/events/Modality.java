package org.dyad.events;

import java.util.Locale;
import java.util.Set;
import org.dyad.nlp.DepGraph;
import org.dyad.nlp.Sentence;
import org.dyad.nlp.Token;

/**
 * CAMEO codes for events that are intended or threatened rather than done: "ready to send ground troops" is a
 * threat of military force (138), "agreed to provide aid" an intent to provide aid (033).
 */
final class Modality {
  /** A warning of what may come about, with no act of the speaker's in it: CAMEO's pessimistic comment. */
  static final String PESSIMISTIC = "012";
  /** CAMEO's threat, not specified: what a bare warning is coded as by its pattern. */
  static final String THREAT = "130";
  /** Verbs whose bare pattern reads a warning as a threat. */
  private static final Set<String> WARNINGS = Set.of("warn", "caution");
  /**
   * Pronouns a warning's clause may use for the speaker: "warned that it could retaliate". A pronoun for someone
   * else ("warned that they could strike", of militants) is read as the speaker too; the parse does not say.
   */
  private static final Set<String> SPEAKER_PRONOUNS = Set.of("i", "we", "he", "she", "it", "they");
  /** What a warning holds out when the warned party is the clause's subject: "Iran would face consequences". */
  private static final Set<String> HELD_OUT = Set.of("consequence", "action", "response", "retaliation", "reprisal", "sanction",
      "measure", "price", "punishment", "force");

  private Modality() {}

  /**
   * "warned that the situation could get worse", "cautions, their return wouldn't signal a rapprochement": a bare
   * warning whose clause has no actor as subject (a state of affairs, a trend) and holds out no sanction threatens
   * nothing; it is a pessimistic comment. A threat needs an act held out ("warned that it would retaliate", "that Iran
   * would combat any intervention"). A warning with no clause ("warned Iran", "warned of consequences") is left to
   * its pattern.
   */
  static boolean outcomeWarning(SentenceContext c, EventDraft d) {
    DepGraph g = c.graph();
    Sentence s = c.sentence();
    if (!d.code.equals(THREAT) || d.noun || !d.pattern.constraints().isEmpty()) return false;
    if (!WARNINGS.contains(d.trigger.lemma().toLowerCase(Locale.ROOT))) return false;
    int clause = g.head(d.t(), "parataxis");
    for (DepGraph.Arc a : g.children(d.t(), "ccomp")) clause = a.dep();
    if (clause < 0) return false;
    for (DepGraph.Arc a : g.children(clause)) {
      Token w = s.token(a.dep());
      // "warned that Iran would combat any intervention", "that the Community would react": a named actor's act held out.
      boolean named = w.pos().startsWith("NNP") || !Arguments.covering(a.dep(), c.mentions()).isEmpty();
      if (a.rel().startsWith("nsubj") && (SPEAKER_PRONOUNS.contains(w.lower()) || named)) {
        return false;
      }
      if ((a.rel().equals("obj") || a.rel().startsWith("obl")) && HELD_OUT.contains(w.lemma().toLowerCase(Locale.ROOT))) return false;
    }
    return true;
  }

  static String intended(String code) {
    String root = code.substring(0, 2);
    return switch (root) {
      case "04" -> "036";
      case "05" -> "032";
      case "06" -> code.length() >= 3 && code.charAt(2) >= '1' && code.charAt(2) <= '4' ? "031" + code.charAt(2) : "031";
      case "07" -> code.length() >= 3 && code.charAt(2) >= '1' && code.charAt(2) <= '4' ? "033" + code.charAt(2) : "033";
      // CAMEO mirrors each kind of yielding in an intent to yield (081 → 0351 … 087 → 0356), except reform
      // (0831-0834), whose intent is an intent to reform (0341-0344).
      case "08" -> switch (code.length() >= 3 ? code.substring(0, 3) : code) {
        case "081" -> "0351";
        case "082" -> "0352";
        case "083" -> code.length() == 4 && code.charAt(3) >= '1' && code.charAt(3) <= '4' ? "034" + code.charAt(3) : "034";
        case "084" -> "0353";
        case "085" -> "0354";
        case "086" -> "0355";
        case "087" -> "0356";
        default -> "035";
      };
      case "14" -> "133";
      // Threats follow what is threatened: reducing aid, sanctions, relations; kinds of force.
      case "16" -> switch (code.length() >= 3 ? code.substring(0, 3) : code) {
        case "161" -> "1313";
        case "162" -> "1311";
        case "163" -> "1312";
        case "164" -> "134";
        case "165" -> "135";
        case "166" -> "136";
        default -> "131";
      };
      // Administrative sanctions threatened mirror those imposed (1721-1724 → 1321-1324); other coercion is repression.
      case "17" -> code.startsWith("172") ? "132" + code.substring(3) : "137";
      case "19" -> switch (code) {
        case "191" -> "1381";
        case "192" -> "1382";
        default -> "1384";
      };
      case "18" -> "1383";
      case "20" -> "1385";
      case "15" -> "138";
      default -> code;
    };
  }
}
