package org.alliance.domain.plan;

import java.time.LocalDate;
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
import jakarta.persistence.Version;
import org.alliance.domain.shared.DomainRuleException;
import org.alliance.domain.shared.Names;

/**
 * An equity and inclusion plan over a period, e.g. "Equity and Inclusion Plan 2026-2028".
 */
@Entity
@Table(name = "plan")
public class Plan {

	public static final int NAME_MAX = 160;

	public static final int DESCRIPTION_MAX = 4000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(nullable = false, length = NAME_MAX)
	private String name;

	@Column(nullable = false, length = DESCRIPTION_MAX)
	private String description;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(name = "end_date", nullable = false)
	private LocalDate endDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private PlanStatus status = PlanStatus.DRAFT;

	protected Plan() {
	}

	public Plan(String name, String description, LocalDate startDate, LocalDate endDate) {
		revise(name, description, startDate, endDate);
	}

	public void revise(String name, String description, LocalDate startDate, LocalDate endDate) {
		if (name == null || name.isBlank() || name.length() > NAME_MAX) {
			throw new DomainRuleException("plan.name.invalid", "name");
		}
		Names.requireSingleLine(name, "name");
		if (description != null && description.length() > DESCRIPTION_MAX) {
			throw new DomainRuleException("plan.description.invalid", "description");
		}
		if (startDate == null || endDate == null || !endDate.isAfter(startDate)) {
			throw new DomainRuleException("plan.period.invalid", "endDate");
		}
		this.name = name.trim();
		this.description = (description != null) ? description.trim() : "";
		this.startDate = startDate;
		this.endDate = endDate;
	}

	/** Moves the plan along draft, active, closed; a closed plan stays closed. */
	public void changeStatus(PlanStatus next) {
		if (this.status == PlanStatus.CLOSED && next != PlanStatus.CLOSED) {
			throw new DomainRuleException("plan.status.closed", "status");
		}
		this.status = next;
	}

	/** The plan as the audit trail records it. */
	public Map<String, Object> snapshot() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("name", this.name);
		values.put("description", this.description);
		values.put("startDate", this.startDate);
		values.put("endDate", this.endDate);
		values.put("status", this.status);
		return values;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public String getName() {
		return this.name;
	}

	public String getDescription() {
		return this.description;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public PlanStatus getStatus() {
		return this.status;
	}

}
