package org.matreport.diff;

/**
 * A change in the trust's data that a board would want to hear about, such as a school joining or an area's target
 * moving: what changed, for which school, area or outcome, and its value before and after, in words.
 */
public record DataChange(String topic, String subject, String before, String after) {}
