package org.alliance.domain.equity;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A dimension an indicator is broken down by, and its reference group. */
@Embeddable
public class IndicatorDimension {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Dimension dimension;

	@Column(name = "reference_value_id", nullable = false)
	private Long referenceValueId;

	protected IndicatorDimension() {
	}

	public IndicatorDimension(Dimension dimension, Long referenceValueId) {
		this.dimension = dimension;
		this.referenceValueId = referenceValueId;
	}

	public Dimension getDimension() {
		return this.dimension;
	}

	public Long getReferenceValueId() {
		return this.referenceValueId;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof IndicatorDimension d && d.dimension == this.dimension
				&& Objects.equals(d.referenceValueId, this.referenceValueId);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.dimension, this.referenceValueId);
	}

}
