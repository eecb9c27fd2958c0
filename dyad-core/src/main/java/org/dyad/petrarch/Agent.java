package org.dyad.petrarch;

import java.util.List;

/**
 * An agent of a PETRARCH agents file: a role word and the code it adds to its actor, after the actor's code
 * ({@code [~GOV]}: "Arnor government", ARNGOV) or before it ({@code [NGO~]}: "MSF Arnor", NGOARN).
 */
record Agent(List<String> words, String code, boolean before) {}
