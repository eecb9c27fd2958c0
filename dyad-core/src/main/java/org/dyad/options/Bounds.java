package org.dyad.options;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters that hold an option to its range while the command line is parsed, so '--threads 0' or
 * '--min-confidence NaN' is a usage error naming the option, not a run that hangs, rejects everything or keeps all.
 */
public final class Bounds {
  private Bounds() {}

  /** A count: a whole number of at least 1 (threads, batch size, characters). */
  public static final class AtLeastOne implements ITypeConverter<Integer> {
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

  /** Dates as the README writes them; picocli's own message would name Java's date classes and parser. */
  public static final class Date implements ITypeConverter<java.time.LocalDate> {
    @Override
    public java.time.LocalDate convert(String v) {
      try {
        return java.time.LocalDate.parse(v.strip());
      } catch (java.time.format.DateTimeParseException e) {
        throw new TypeConversionException("'" + v + "' is not a date (YYYY-MM-DD)");
      }
    }
  }

  /** An input format by its lower-case name ("petrarch-xml"). */
  public static final class Format implements ITypeConverter<org.dyad.io.InputFormat> {
    @Override
    public org.dyad.io.InputFormat convert(String v) {
      try {
        return org.dyad.io.InputFormat.valueOf(v.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("unknown input format '" + v + "' (" + String.join(", ", new FormatNames()) + ")");
      }
    }
  }

  /** The input formats' names, for help and completion. */
  public static final class FormatNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.Arrays.stream(org.dyad.io.InputFormat.values())
          .map(f -> f.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).iterator();
    }
  }

  /** A confidence: a number from 0 to 1 (NaN passes every comparison, so it is named). */
  public static final class Fraction implements ITypeConverter<Double> {
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
