package org.alliance.domain.plan;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.alliance.domain.shared.DomainRuleException;
import org.alliance.domain.shared.Names;

/** A numbered goal of a plan; its progress is rolled up from its action steps. */
@Entity
@Table(name = "aim")
public class Aim {

	public static final int TITLE_MAX = 300;

	public static final int DESCRIPTION_MAX = 4000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "plan_id", nullable = false)
	private Long planId;

	@Column(nullable = false)
	private int number;

	@Column(nullable = false, length = TITLE_MAX)
	private String title;

	@Column(nullable = false, length = DESCRIPTION_MAX)
	private String description;

	protected Aim() {
	}

	public Aim(Long planId, int number, String title, String description) {
		this.planId = planId;
		revise(number, title, description);
	}

	public void revise(int number, String title, String description) {
		if (number < 1 || number > 999) {
			throw new DomainRuleException("aim.number.invalid", "number");
		}
		if (title == null || title.isBlank() || title.length() > TITLE_MAX) {
			throw new DomainRuleException("aim.title.invalid", "title");
		}
		Names.requireSingleLine(title, "title");
		if (description != null && description.length() > DESCRIPTION_MAX) {
			throw new DomainRuleException("aim.description.invalid", "description");
		}
		this.number = number;
		this.title = title.trim();
		this.description = (description != null) ? description.trim() : "";
	}

	/** The aim as the audit trail records it. */
	public Map<String, Object> snapshot() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("planId", this.planId);
		values.put("number", this.number);
		values.put("title", this.title);
		values.put("description", this.description);
		return values;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public Long getPlanId() {
		return this.planId;
	}

	public int getNumber() {
		return this.number;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

}
