package org.dyad.eval;

/** Counts at one level of comparison, and the figures derived from them. */
public record Score(String level, int truePositives, int falsePositives, int falseNegatives) {
  public double precision() {
    return truePositives + falsePositives == 0 ? 0 : truePositives / (double) (truePositives + falsePositives);
  }

  public double recall() {
    return truePositives + falseNegatives == 0 ? 0 : truePositives / (double) (truePositives + falseNegatives);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
