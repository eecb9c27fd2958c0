package org.dyad.codebook;

/** One CAMEO event code with what users need beside it. */
public record EventType(String code, String root, int quadClass, double goldstein, String plover, String name) {}
