package org.alliance.domain.impact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A negative or unknown impact answered by an action step of the plan, so the step's
 * progress, reminders and dashboards follow the mitigation.
 */
@Entity
@Table(name = "impact_mitigation")
public class Mitigation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "analysis_id", nullable = false)
	private Long analysisId;

	@Column(name = "effect_id", nullable = false)
	private Long effectId;

	@Column(name = "step_id", nullable = false)
	private Long stepId;

	protected Mitigation() {
	}

	public Mitigation(Long analysisId, Long effectId, Long stepId) {
		this.analysisId = analysisId;
		this.effectId = effectId;
		this.stepId = stepId;
	}

	public Long getId() {
		return this.id;
	}

	public Long getAnalysisId() {
		return this.analysisId;
	}

	public Long getEffectId() {
		return this.effectId;
	}

	public Long getStepId() {
		return this.stepId;
	}

}
