package org.matreport.render;

/** One line of a two-column table: what it is, and its value, both already written as words. */
public record Row(String label, String value) {}
