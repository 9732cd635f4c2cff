package org.alliance.web.impact;

/** A choice of group for an impact, named with its dimension: "Age band: 65+". */
public record GroupChoice(Long id, String label) {
}
