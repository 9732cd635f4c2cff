package org.alliance.domain.impact;

import java.util.List;

import org.alliance.domain.shared.DomainRuleException;

/** An analysis submitted for sign-off with sections still empty: every one is named. */
public class IncompleteAnalysisException extends DomainRuleException {

	private final List<AnalysisSection> missing;

	public IncompleteAnalysisException(List<AnalysisSection> missing) {
		super("analysis.submit.incomplete");
		this.missing = List.copyOf(missing);
	}

	public List<AnalysisSection> missing() {
		return this.missing;
	}

}
