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
      case "08" -> switch (code.length() >= 3 ? code.substring(0, 3) : code) {
        case "084" -> "0353";
        case "085" -> "0354";
        case "087" -> "0356";
        default -> "035";
      };
      case "14" -> "133";
      case "16" -> "131";
      case "17" -> "137";
      case "15", "18", "19", "20" -> "138";
      default -> code;
    };
  }
}
