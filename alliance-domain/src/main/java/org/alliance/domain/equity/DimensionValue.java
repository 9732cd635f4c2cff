package org.alliance.domain.equity;

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
import org.alliance.domain.shared.Names;

/** One group of a dimension, e.g. "Rural" in geography. Administrators add them. */
@Entity
@Table(name = "dimension_value")
public class DimensionValue {

	public static final int LABEL_MAX = 80;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Dimension dimension;

	@Column(nullable = false, length = LABEL_MAX)
	private String label;

	@Column(nullable = false)
	private int position;

	protected DimensionValue() {
	}

	public DimensionValue(Dimension dimension, String label, int position) {
		if (dimension == null) {
			throw new DomainRuleException("dimensionValue.dimension.invalid", "dimension");
		}
		if (label == null || label.isBlank() || label.trim().length() > LABEL_MAX) {
			throw new DomainRuleException("dimensionValue.label.invalid", "label");
		}
		Names.requireSingleLine(label, "label");
		this.dimension = dimension;
		this.label = label.trim();
		this.position = position;
	}

	public Map<String, Object> snapshot() {
		return Map.of("dimension", this.dimension.name(), "label", this.label, "position", this.position);
	}

	public Long getId() {
		return this.id;
	}

	public Dimension getDimension() {
		return this.dimension;
	}

	public String getLabel() {
		return this.label;
	}

	public int getPosition() {
		return this.position;
	}

}
