package org.alliance.application.equity;

import java.util.Map;

import org.alliance.domain.equity.Comparison;
import org.alliance.domain.equity.Dimension;
import org.alliance.domain.equity.Indicator;

/**
 * What an administrator says about an indicator: its definition, per dimension it is
 * broken down by the reference group's id, what groups are compared with, whether a flag
 * needs a difference that is unlikely to be chance, and whether partners in small-cell
 * protection are hidden in every period.
 */
public record IndicatorDraft(Indicator.Definition definition, Map<Dimension, Long> referenceGroups,
		Comparison comparison, boolean flagNeedsReliability, boolean steadyPartners) {

	public IndicatorDraft {
		referenceGroups = Map.copyOf(referenceGroups);
	}

}
