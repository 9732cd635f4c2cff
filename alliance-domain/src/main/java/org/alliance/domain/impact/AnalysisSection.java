package org.alliance.domain.impact;

/**
 * The six steps of the analysis, in order, each named by the form field that starts it
 * (so a missing section links to its field).
 */
public enum AnalysisSection {

	DESIRED_RESULTS("desiredResults"), DATA("dataNotes"), ENGAGEMENT("engagementGroups"), IMPACTS("impacts"),
	IMPLEMENTATION("implementation"), ACCOUNTABILITY("accountability");

	private final String field;

	AnalysisSection(String field) {
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
