package org.alliance.domain.impact;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.alliance.domain.shared.DomainRuleException;

/**
 * The expected benefit or burden for one group of an equity dimension (step four of the
 * analysis), with the evidence for it.
 */
@Entity
@Table(name = "impact_effect")
public class ImpactEffect {

	public static final int EVIDENCE_MAX = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "analysis_id", nullable = false)
	private Long analysisId;

	@Column(name = "group_id", nullable = false)
	private Long groupId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Impact impact;

	@Column(nullable = false, length = EVIDENCE_MAX)
	private String evidence;

	@Column(nullable = false)
	private int position;

	protected ImpactEffect() {
	}

	public ImpactEffect(Long analysisId, Long groupId, Impact impact, String evidence, int position) {
		if (impact == null) {
			throw new DomainRuleException("analysis.effect.impact.invalid", "impact");
		}
		if (evidence == null || evidence.isBlank() || evidence.strip().length() > EVIDENCE_MAX) {
			throw new DomainRuleException("analysis.effect.evidence.invalid", "evidence");
		}
		this.analysisId = analysisId;
		this.groupId = groupId;
		this.impact = impact;
		this.evidence = evidence.strip();
		this.position = position;
	}

	public Map<String, Object> snapshot() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("analysisId", this.analysisId);
		values.put("groupId", this.groupId);
		values.put("impact", this.impact.name());
		values.put("evidence", this.evidence);
		return values;
	}

	public Long getId() {
		return this.id;
	}

	public Long getAnalysisId() {
		return this.analysisId;
	}

	public Long getGroupId() {
		return this.groupId;
	}

	public Impact getImpact() {
		return this.impact;
	}

	public String getEvidence() {
		return this.evidence;
	}

	public int getPosition() {
		return this.position;
	}

}
