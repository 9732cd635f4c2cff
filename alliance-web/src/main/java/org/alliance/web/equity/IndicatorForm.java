package org.alliance.web.equity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.alliance.application.equity.IndicatorDraft;
import org.alliance.domain.equity.Comparison;
import org.alliance.domain.equity.Dimension;
import org.alliance.domain.equity.Direction;
import org.alliance.domain.equity.Indicator;
import org.alliance.domain.equity.IndicatorKind;
import org.alliance.domain.equity.IndicatorUnit;
import org.alliance.domain.equity.PeriodType;

/**
 * An administrator's form for an indicator. {@code references} holds, per dimension in
 * the order of {@link Dimension#values()}, the reference group's id, or nothing when the
 * indicator is not broken down by that dimension.
 */
public record IndicatorForm(
		@NotBlank(message = "{indicator.name.invalid}") @Size(max = Indicator.NAME_MAX,
				message = "{indicator.name.invalid}") String name,
		@Size(max = Indicator.DESCRIPTION_MAX, message = "{indicator.description.invalid}") String description,
		@NotNull(message = "{indicator.kind.required}") IndicatorKind kind,
		@NotNull(message = "{indicator.unit.required}") IndicatorUnit unit,
		@Min(value = 1, message = "{indicator.perN.invalid}") @Max(value = 1_000_000,
				message = "{indicator.perN.invalid}") Integer perN,
		@NotNull(message = "{indicator.direction.required}") Direction direction,
		@NotNull(message = "{indicator.periodType.required}") PeriodType periodType,
		@DecimalMin(value = "0", message = "{indicator.target.invalid}") @Digits(integer = 10, fraction = 4,
				message = "{indicator.target.invalid}") BigDecimal target,
		Long workgroupId, List<Long> references, Comparison comparison, Boolean flagNeedsReliability,
		Boolean steadyPartners, Long version) {

	public IndicatorForm {
		List<Long> padded = new ArrayList<>((references != null) ? references : List.of());
		while (padded.size() < Dimension.values().length) {
			padded.add(null);
		}
		references = padded;
		comparison = (comparison != null) ? comparison : Comparison.NAMED_REFERENCE;
		// an unticked box sends nothing
		flagNeedsReliability = Boolean.TRUE.equals(flagNeedsReliability);
		steadyPartners = Boolean.TRUE.equals(steadyPartners);
	}

	static IndicatorForm blank() {
		return new IndicatorForm("", "", IndicatorKind.BETTER_OFF, IndicatorUnit.PERCENT, null,
				Direction.HIGHER_IS_BETTER, PeriodType.QUARTER, null, null, null, Comparison.NAMED_REFERENCE, false,
				false, null);
	}

	static IndicatorForm from(Indicator indicator) {
		List<Long> references = new ArrayList<>();
		for (Dimension d : Dimension.values()) {
			references.add(indicator.referenceGroupOf(d).orElse(null));
		}
		Indicator.Definition d = indicator.definition();
		return new IndicatorForm(d.name(), d.description(), d.kind(), d.unit(), d.perN(), d.direction(), d.periodType(),
				d.target(), d.workgroupId(), references, indicator.getComparison(), indicator.isFlagNeedsReliability(),
				indicator.isSteadyPartners(), indicator.getVersion());
	}

	IndicatorForm withVersion(long newVersion) {
		return new IndicatorForm(this.name, this.description, this.kind, this.unit, this.perN, this.direction,
				this.periodType, this.target, this.workgroupId, this.references, this.comparison,
				this.flagNeedsReliability, this.steadyPartners, newVersion);
	}

	Indicator.Definition definition() {
		return new Indicator.Definition(this.name, this.description, this.kind, this.unit,
				(this.unit == IndicatorUnit.RATE_PER_N) ? this.perN : null, this.direction, this.periodType,
				this.target, this.workgroupId);
	}

	Map<Dimension, Long> referenceGroups() {
		Map<Dimension, Long> groups = new EnumMap<>(Dimension.class);
		for (Dimension d : Dimension.values()) {
			Long id = this.references.get(d.ordinal());
			if (id != null) {
				groups.put(d, id);
			}
		}
		return groups;
	}

	IndicatorDraft draft() {
		return new IndicatorDraft(definition(), referenceGroups(), this.comparison, this.flagNeedsReliability,
				this.steadyPartners);
	}

}
