package org.dyad.store;

/** A filter or paging parameter has a bad value; the message names the parameter and says what it accepts. */
public final class BadParameterException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String parameter;

  public BadParameterException(String parameter, String message) {
    super(parameter + ": " + message);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
