package org.dyad.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.dyad.io.InputFormat;
import org.dyad.io.OutputFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Lower-case names for the format enums on the command line ("--to gdelt"). */
final class Formats {
  private Formats() {}

  static final class InputConverter implements ITypeConverter<InputFormat> {
    @Override
    public InputFormat convert(String v) {
      try {
        return InputFormat.valueOf(v.toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("unknown input format '" + v + "' (" + String.join(", ", new InputNames()) + ")");
      }
    }
  }

  static final class OutputConverter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String v) {
      try {
        return OutputFormat.valueOf(v.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("unknown output format '" + v + "' (jsonl, tsv or gdelt)");
      }
    }
  }

  /** Dates as the README writes them; picocli's own message would name Java's date classes and parser. */
  static final class DateConverter implements ITypeConverter<java.time.LocalDate> {
    @Override
    public java.time.LocalDate convert(String v) {
      try {
        return java.time.LocalDate.parse(v.strip());
      } catch (java.time.format.DateTimeParseException e) {
        throw new TypeConversionException("'" + v + "' is not a date (YYYY-MM-DD)");
      }
    }
  }

  static final class InputNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> l = new ArrayList<>();
      for (InputFormat f : InputFormat.values()) l.add(f.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      return l.iterator();
    }
  }

  static final class OutputNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> l = new ArrayList<>();
      for (OutputFormat f : OutputFormat.values()) l.add(f.name().toLowerCase(Locale.ROOT));
      return l.iterator();
    }
  }
}
