package org.alliance.application.equity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.alliance.application.equity.IndicatorImport.Outcome;
import org.alliance.application.equity.IndicatorImport.Problem;
import org.alliance.application.equity.IndicatorImport.Typed;
import org.alliance.domain.equity.Dimension;
import org.alliance.domain.equity.Direction;
import org.alliance.domain.equity.Indicator;
import org.alliance.domain.equity.IndicatorKind;
import org.alliance.domain.equity.IndicatorUnit;
import org.alliance.domain.equity.Period;
import org.alliance.domain.equity.PeriodType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Figures typed on the entry form meet the import's rules, without a database: blank rows
 * skipped, counts and means checked, a numerator never above its denominator, the
 * problems named by row and column, "nothing entered" when the form is empty.
 */
class EnteredValuesTest {

	private static final Period QUARTER = Period.parse(PeriodType.QUARTER, "2026-Q3");

	private static Indicator indicator(IndicatorUnit unit) {
		return new Indicator(new Indicator.Definition("Test", "", IndicatorKind.BETTER_OFF, unit, null,
				Direction.HIGHER_IS_BETTER, PeriodType.QUARTER, null, null), Map.of(Dimension.RACE_ETHNICITY, 1L));
	}

	@Test
	void rowsWithFiguresBecomeLinesAndBlankRowsAreSkipped() {
		Outcome outcome = IndicatorImport.entered(indicator(IndicatorUnit.PERCENT), QUARTER, Dimension.RACE_ETHNICITY,
				List.of(new Typed(1L, " 12 ", "40"), new Typed(2L, "", " "), new Typed(3L, "0", "25")));
		assertThat(outcome.problems()).isEmpty();
		assertThat(outcome.lines())
			.extracting(IndicatorImport.Line::groupId, IndicatorImport.Line::numerator,
					IndicatorImport.Line::denominator)
			.containsExactly(tuple(1L, 12L, 40L), tuple(3L, 0L, 25L));
		assertThat(outcome.lines()).allMatch((l) -> l.period().equals(QUARTER));
	}

	@Test
	void eachBadFigureIsAProblemOfItsRowAndColumn() {
		Outcome outcome = IndicatorImport.entered(indicator(IndicatorUnit.PERCENT), QUARTER, Dimension.RACE_ETHNICITY,
				List.of(new Typed(1L, "50", "40"), new Typed(2L, "-1", "x"), new Typed(3L, "7", "")));
		assertThat(outcome.problems()).extracting(Problem::line, Problem::column, Problem::messageKey)
			.containsExactly(tuple(0L, "first", "import.numerator.aboveDenominator"),
					tuple(1L, "first", "import.count.invalid"), tuple(1L, "second", "import.count.invalid"),
					tuple(2L, "second", "import.value.missing"));
		assertThat(outcome.lines()).isEmpty();
	}

	@Test
	void aMeanIndicatorTakesAMeanAndItsCount() {
		Outcome outcome = IndicatorImport.entered(indicator(IndicatorUnit.MEAN), QUARTER, Dimension.RACE_ETHNICITY,
				List.of(new Typed(1L, "4.25", "30"), new Typed(2L, "4.12345", "30")));
		assertThat(outcome.lines()).singleElement()
			.satisfies((line) -> assertThat(line.mean()).isEqualByComparingTo(new BigDecimal("4.25")));
		assertThat(outcome.problems()).extracting(Problem::line, Problem::messageKey)
			.containsExactly(tuple(1L, "import.mean.invalid"));
	}

	@Test
	void anEmptyFormSaysNothingWasEnteredAndAnUnknownPeriodGivesNoLines() {
		List<Typed> empty = List.of(new Typed(1L, "", ""), new Typed(2L, null, null));
		assertThat(IndicatorImport.entered(indicator(IndicatorUnit.PERCENT), QUARTER, Dimension.RACE_ETHNICITY, empty)
			.problems()).extracting(Problem::line, Problem::messageKey)
			.containsExactly(tuple(-1L, "indicator.values.none"));
		Outcome noPeriod = IndicatorImport.entered(indicator(IndicatorUnit.PERCENT), null, Dimension.RACE_ETHNICITY,
				List.of(new Typed(1L, "3", "10")));
		assertThat(noPeriod.lines()).isEmpty();
		assertThat(noPeriod.problems()).isEmpty();
	}

}
