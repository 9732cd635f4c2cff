package org.alliance.application.impact;

import java.util.Optional;

import org.alliance.persistence.impact.ImpactAnalysisRepository;

import org.springframework.stereotype.Component;

/** The read side of one impact analysis for pages and access checks (ADR 18). */
@Component
public class AnalysisViews {

	private final ImpactAnalysisRepository analyses;

	private final AnalysisQueries rows;

	AnalysisViews(ImpactAnalysisRepository analyses, AnalysisQueries rows) {
		this.analyses = analyses;
		this.rows = rows;
	}

	/** The analysis with the names around it. */
	public Optional<AnalysisRow> row(Long id) {
		return this.rows.row(id);
	}

	public Optional<Long> ownerIdOf(Long id) {
		return this.analyses.findOwnerIdOf(id);
	}

	public Optional<Long> workgroupIdOf(Long id) {
		return this.analyses.findWorkgroupIdOf(id);
	}

}
