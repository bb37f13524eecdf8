package org.chaosbench.runs.report.site;

/**
 * One per-family accuracy on a board row.
 *
 * @param value the accuracy as a sort key ({@link Numbers#sortKey}), empty when the run lacks the family
 * @param label as shown
 * @param title the support behind it, for the cell's tooltip
 */
public record FamilyCell(String value, String label, String title) {
}
