package org.dyad.events;

/**
 * CAMEO codes for events that are intended or threatened rather than done: "ready to send ground troops" is a
 * threat of military force (138), "agreed to provide aid" an intent to provide aid (033).
 */
final class Modality {
  private Modality() {}

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
