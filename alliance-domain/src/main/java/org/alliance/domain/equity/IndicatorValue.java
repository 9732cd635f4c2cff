package org.alliance.domain.equity;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One group's figures for one period of an indicator: a numerator and a denominator, or,
 * for a mean, the mean and the count of people it is over (kept in the denominator).
 */
@Entity
@Table(name = "indicator_value")
public class IndicatorValue {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "indicator_id", nullable = false)
	private Long indicatorId;

	@Column(name = "period_start", nullable = false)
	private LocalDate periodStart;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Dimension dimension;

	@Column(name = "group_value_id", nullable = false)
	private Long groupValueId;

	private Long numerator;

	@Column(nullable = false)
	private long denominator;

	@Column(name = "mean_value", precision = 14, scale = 4)
	private BigDecimal meanValue;

	protected IndicatorValue() {
	}

	private IndicatorValue(Long indicatorId, Period period, Dimension dimension, Long groupValueId, Long numerator,
			long denominator, BigDecimal meanValue) {
		this.indicatorId = indicatorId;
		this.periodStart = period.start();
		this.dimension = dimension;
		this.groupValueId = groupValueId;
		this.numerator = numerator;
		this.denominator = denominator;
		this.meanValue = meanValue;
	}

	/** Counts: how many had the outcome, out of how many. */
	public static IndicatorValue counts(Long indicatorId, Period period, Dimension dimension, Long groupValueId,
			long numerator, long denominator) {
		new GroupCount("check", numerator, denominator);
		return new IndicatorValue(indicatorId, period, dimension, groupValueId, numerator, denominator, null);
	}

	/** A mean score over a count of people. */
	public static IndicatorValue mean(Long indicatorId, Period period, Dimension dimension, Long groupValueId,
			BigDecimal mean, long count) {
		if (mean == null || count < 0) {
			throw new IllegalArgumentException("a mean needs a value and a count of at least 0");
		}
		return new IndicatorValue(indicatorId, period, dimension, groupValueId, null, count, mean);
	}

	public Long getId() {
		return this.id;
	}

	public Long getIndicatorId() {
		return this.indicatorId;
	}

	public LocalDate getPeriodStart() {
		return this.periodStart;
	}

	public Dimension getDimension() {
		return this.dimension;
	}

	public Long getGroupValueId() {
		return this.groupValueId;
	}

	public Long getNumerator() {
		return this.numerator;
	}

	public long getDenominator() {
		return this.denominator;
	}

	public BigDecimal getMeanValue() {
		return this.meanValue;
	}

}
