package org.alliance.domain.equity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.alliance.domain.shared.DomainRuleException;
import org.alliance.domain.shared.Names;
import org.jspecify.annotations.Nullable;

/**
 * An equity indicator: a measure whose values are broken down by one or more dimensions,
 * each read against a reference group, with a direction and a target.
 */
@Entity
@Table(name = "indicator")
public class Indicator {

	public static final int NAME_MAX = 160;

	public static final int DESCRIPTION_MAX = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(nullable = false, length = NAME_MAX)
	private String name;

	@Column(nullable = false, length = DESCRIPTION_MAX)
	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private IndicatorKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private IndicatorUnit unit;

	@Column(name = "per_n")
	private Integer perN;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Direction direction;

	@Enumerated(EnumType.STRING)
	@Column(name = "period_type", nullable = false, length = 10)
	private PeriodType periodType;

	@Column(precision = 14, scale = 4)
	private BigDecimal target;

	@Column(name = "workgroup_id")
	private Long workgroupId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Comparison comparison = Comparison.NAMED_REFERENCE;

	@Column(name = "flag_needs_reliability", nullable = false)
	private boolean flagNeedsReliability;

	@Column(name = "steady_partners", nullable = false)
	private boolean steadyPartners;

	@ElementCollection
	@CollectionTable(name = "indicator_dimension", joinColumns = @JoinColumn(name = "indicator_id"))
	private Set<IndicatorDimension> dimensions = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "indicator_step", joinColumns = @JoinColumn(name = "indicator_id"))
	@Column(name = "step_id", nullable = false)
	private Set<Long> linkedStepIds = new LinkedHashSet<>();

	protected Indicator() {
	}

	/** What describes an indicator, apart from its dimensions. */
	public record Definition(String name, String description, IndicatorKind kind, IndicatorUnit unit, Integer perN,
			Direction direction, PeriodType periodType, BigDecimal target, Long workgroupId) {
	}

	public Indicator(Definition definition, Map<Dimension, Long> referenceGroups) {
		revise(definition, referenceGroups);
	}

	/**
	 * Replaces the definition and the dimensions. The caller checks that each reference
	 * group is a value of its dimension.
	 */
	public void revise(Definition d, Map<Dimension, Long> referenceGroups) {
		if (d.name() == null || d.name().isBlank() || d.name().trim().length() > NAME_MAX) {
			throw new DomainRuleException("indicator.name.invalid", "name");
		}
		Names.requireSingleLine(d.name(), "name");
		String text = (d.description() != null) ? d.description().trim() : "";
		if (text.length() > DESCRIPTION_MAX) {
			throw new DomainRuleException("indicator.description.invalid", "description");
		}
		if (d.kind() == null || d.unit() == null || d.direction() == null || d.periodType() == null) {
			throw new DomainRuleException("indicator.choice.missing");
		}
		if ((d.unit() == IndicatorUnit.RATE_PER_N) != (d.perN() != null)
				|| (d.perN() != null && (d.perN() < 1 || d.perN() > 1_000_000))) {
			throw new DomainRuleException("indicator.perN.invalid", "perN");
		}
		if (d.target() != null && (d.target().signum() < 0
				|| (d.unit() == IndicatorUnit.PERCENT && d.target().compareTo(BigDecimal.valueOf(100)) > 0))) {
			throw new DomainRuleException("indicator.target.invalid", "target");
		}
		if (referenceGroups.isEmpty()) {
			throw new DomainRuleException("indicator.dimensions.missing");
		}
		this.name = d.name().trim();
		this.description = text;
		this.kind = d.kind();
		this.unit = d.unit();
		this.perN = d.perN();
		this.direction = d.direction();
		this.periodType = d.periodType();
		this.target = d.target();
		this.workgroupId = d.workgroupId();
		this.dimensions.clear();
		referenceGroups.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach((e) -> this.dimensions.add(new IndicatorDimension(e.getKey(), e.getValue())));
	}

	public Definition definition() {
		return new Definition(this.name, this.description, this.kind, this.unit, this.perN, this.direction,
				this.periodType, this.target, this.workgroupId);
	}

	public void linkStep(Long stepId) {
		this.linkedStepIds.add(stepId);
	}

	public void unlinkStep(Long stepId) {
		this.linkedStepIds.remove(stepId);
	}

	/** The dimensions in their natural order. */
	public List<Dimension> dimensionList() {
		List<Dimension> list = new ArrayList<>(this.dimensions.stream().map(IndicatorDimension::getDimension).toList());
		list.sort(Comparator.naturalOrder());
		return list;
	}

	public boolean isBrokenDownBy(Dimension dimension) {
		return referenceGroupOf(dimension).isPresent();
	}

	public Optional<Long> referenceGroupOf(Dimension dimension) {
		return this.dimensions.stream()
			.filter((d) -> d.getDimension() == dimension)
			.map(IndicatorDimension::getReferenceValueId)
			.findFirst();
	}

	/** Values of this indicator are a mean and a count rather than two counts. */
	public boolean isMean() {
		return this.unit == IndicatorUnit.MEAN;
	}

	/** The factor that turns a share into the figure shown (100 for percent). */
	public double scale() {
		return switch (this.unit) {
			case PERCENT -> 100.0;
			case RATE_PER_N -> this.perN;
			case MEAN -> 1.0;
		};
	}

	public Map<String, Object> snapshot() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("name", this.name);
		values.put("description", this.description);
		values.put("kind", this.kind.name());
		values.put("unit", this.unit.name());
		values.put("perN", this.perN);
		values.put("direction", this.direction.name());
		values.put("periodType", this.periodType.name());
		values.put("target", (this.target != null) ? this.target.toPlainString() : null);
		values.put("workgroupId", this.workgroupId);
		values.put("comparison", this.comparison.name());
		values.put("flagNeedsReliability", this.flagNeedsReliability);
		values.put("steadyPartners", this.steadyPartners);
		Map<String, Object> references = new LinkedHashMap<>();
		dimensionList().forEach((d) -> references.put(d.name(), referenceGroupOf(d).orElse(null)));
		values.put("referenceGroups", references);
		values.put("linkedStepIds", List.copyOf(this.linkedStepIds));
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

	public IndicatorKind getKind() {
		return this.kind;
	}

	public IndicatorUnit getUnit() {
		return this.unit;
	}

	public Integer getPerN() {
		return this.perN;
	}

	public Direction getDirection() {
		return this.direction;
	}

	public PeriodType getPeriodType() {
		return this.periodType;
	}

	public BigDecimal getTarget() {
		return this.target;
	}

	public Long getWorkgroupId() {
		return this.workgroupId;
	}

	public Set<Long> getLinkedStepIds() {
		return Set.copyOf(this.linkedStepIds);
	}

	/**
	 * Chooses what the groups are compared with, and whether a group is flagged only when
	 * its difference is also unlikely to be chance (its ratio's interval excludes 1).
	 * Means have no interval, so with that choice they are never flagged.
	 */
	public void compare(Comparison comparison, boolean flagNeedsReliability) {
		this.comparison = (comparison != null) ? comparison : Comparison.NAMED_REFERENCE;
		this.flagNeedsReliability = flagNeedsReliability;
	}

	/**
	 * Whether a group hidden in one period to shield another (complementary suppression)
	 * is hidden in every period of the indicator, so that its figures in other periods do
	 * not let a reader estimate what it shields.
	 */
	public void hidePartnersInEveryPeriod(boolean steady) {
		this.steadyPartners = steady;
	}

	public boolean isSteadyPartners() {
		return this.steadyPartners;
	}

	public Comparison getComparison() {
		return this.comparison;
	}

	public boolean isFlagNeedsReliability() {
		return this.flagNeedsReliability;
	}

	/**
	 * Whether a rate in the indicator's unit reaches its target, in the indicator's
	 * direction (a rate equal to the target reaches it); {@code null} without a target.
	 */
	public @Nullable Boolean meetsTarget(double rate) {
		if (this.target == null) {
			return null;
		}
		double goal = this.target.doubleValue();
		return switch (this.direction) {
			case HIGHER_IS_BETTER -> rate >= goal - 1e-9;
			case LOWER_IS_BETTER -> rate <= goal + 1e-9;
		};
	}

}
