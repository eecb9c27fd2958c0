package org.dyad.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.dyad.io.OutputFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Lower-case names for the format enums on the command line ("--to gdelt"). */
final class Formats {
  private Formats() {}

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

  static final class OutputNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> l = new ArrayList<>();
      for (OutputFormat f : OutputFormat.values()) l.add(f.name().toLowerCase(Locale.ROOT));
      return l.iterator();
    }
  }
}
