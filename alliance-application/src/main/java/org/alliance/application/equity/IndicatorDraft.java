package org.alliance.application.equity;

import java.util.Map;

import org.alliance.domain.equity.Dimension;
import org.alliance.domain.equity.Indicator;

/**
 * What an administrator says about an indicator: its definition and, per dimension it is
 * broken down by, the reference group's id.
 */
public record IndicatorDraft(Indicator.Definition definition, Map<Dimension, Long> referenceGroups) {

	public IndicatorDraft {
		referenceGroups = Map.copyOf(referenceGroups);
	}

}
