package org.dyad.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters that hold an option to its range while the command line is parsed, so '--threads 0' or
 * '--min-confidence NaN' is a usage error naming the option, not a run that hangs, rejects everything or keeps all.
 */
final class Bounds {
  private Bounds() {}

  /** A count: a whole number of at least 1 (threads, batch size, characters). */
  static final class AtLeastOne implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      try {
        int n = Integer.parseInt(value.strip());
        if (n >= 1) return n;
      } catch (NumberFormatException e) {
        // said below, with the range
      }
      throw new TypeConversionException("must be a whole number of at least 1, not '" + value + "'");
    }
  }

  /** A confidence: a number from 0 to 1 (NaN passes every comparison, so it is named). */
  static final class Fraction implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      try {
        double d = Double.parseDouble(value.strip());
        if (!Double.isNaN(d) && d >= 0 && d <= 1) return d;
      } catch (NumberFormatException e) {
        // said below, with the range
      }
      throw new TypeConversionException("must be a number from 0 to 1, not '" + value + "'");
    }
  }
}
