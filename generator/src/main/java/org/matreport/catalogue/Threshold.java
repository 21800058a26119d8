package org.matreport.catalogue;

/** A number a rule compares against, with the catalogue's default; trusts may override it in settings.thresholds. */
public record Threshold(String name, double defaultValue, String meaning) {}
