package org.alliance.web.api;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.alliance.application.equity.EquityOverview;
import org.alliance.application.equity.IndicatorImport;
import org.alliance.application.equity.IndicatorService;
import org.alliance.domain.equity.Dimension;
import org.alliance.domain.equity.DimensionValue;
import org.alliance.domain.equity.DisparityMeasures;
import org.alliance.domain.equity.Direction;
import org.alliance.domain.equity.Disparity;
import org.alliance.domain.equity.Indicator;
import org.alliance.domain.equity.IndicatorAnalysis;
import org.alliance.domain.equity.IndicatorKind;
import org.alliance.domain.equity.IndicatorUnit;
import org.alliance.domain.equity.PeriodType;
import org.alliance.application.equity.IndicatorViews;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Equity indicators: their definitions, their figures analysed by group exactly as the
 * pages show them (small cells suppressed, rate ratios with intervals, disparity band,
 * trends), and values sent in with the same checks as a CSV import.
 */
@RestController
@RequestMapping(path = "/api/v1/indicators", produces = "application/json")
@Tag(name = "Indicators", description = "Equity indicators, their analysed figures and their values")
class IndicatorsApi {

	/** Periods a response holds at most (the most recent). */
	static final int MAX_PERIODS = 40;

	private final IndicatorService service;

	private final EquityOverview overview;

	private final IndicatorViews values;

	private final DisparityMeasures measures;

	private final MessageSource messages;

	private final Clock clock;

	IndicatorsApi(IndicatorService service, EquityOverview overview, IndicatorViews values, DisparityMeasures measures,
			MessageSource messages, Clock clock) {
		this.service = service;
		this.overview = overview;
		this.values = values;
		this.measures = measures;
		this.messages = messages;
		this.clock = clock;
	}

	record IndicatorView(long id, String name, String description, IndicatorKind kind, IndicatorUnit unit,
			@Nullable Integer perN, Direction direction, PeriodType periodType, @Nullable BigDecimal target,
			@Nullable Long workgroupId, List<Dimension> dimensions, @Nullable String latestPeriod,
			long disparitiesFlagged, String href) {

		static IndicatorView of(Indicator indicator, List<Dimension> dimensions, @Nullable String latest,
				long flagged) {
			return new IndicatorView(indicator.getId(), indicator.getName(),
					(indicator.getDescription() != null) ? indicator.getDescription() : "", indicator.getKind(),
					indicator.getUnit(), indicator.getPerN(), indicator.getDirection(), indicator.getPeriodType(),
					indicator.getTarget(), indicator.getWorkgroupId(), dimensions, latest, flagged,
					"/api/v1/indicators/" + indicator.getId());
		}

	}

	/**
	 * One group in one period. Suppressed groups carry no counts, value or measures.
	 * {@code value} is the rate (per the indicator's unit) or the mean.
	 */
	record GroupFigure(String group, boolean reference, boolean suppressed, @Nullable Long numerator,
			@Nullable Long denominator, @Nullable Double value, @Nullable Double rateRatio,
			@Nullable Double rateDifference, @Nullable Double ratio95ciLow, @Nullable Double ratio95ciHigh,
			boolean outsideBand, Disparity.@Nullable Standing standing, @Nullable Boolean intervalExcludes1,
			DisparityMeasures.@Nullable Trend trend) {
	}

	record PeriodFigures(String period, boolean totalSuppressed, @Nullable Long totalNumerator,
			@Nullable Long totalDenominator, @Nullable Double totalValue, List<GroupFigure> groups) {
	}

	record Figures(IndicatorView indicator, Dimension dimension, @Nullable String referenceGroup, int periodsInAll,
			List<PeriodFigures> periods) {
	}

	/**
	 * One value: for a mean indicator {@code mean} and {@code count}, else the counts.
	 */
	record ValueRow(@Nullable String period, @Nullable String dimension, @Nullable String group,
			@Nullable Long numerator, @Nullable Long denominator, @Nullable BigDecimal mean, @Nullable Long count) {
	}

	record Values(@NotNull(message = "{api.rows.required}") @Size(min = 1, max = IndicatorImport.MAX_ROWS,
			message = "{api.rows.size}") @Nullable List<@NotNull ValueRow> rows) {
	}

	record Stored(int rows, Map<Dimension, Set<String>> periods) {
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(operationId = "listIndicators",
			summary = "Indicators by name, with their latest period and how many disparities it flags")
	ApiPage<IndicatorView> list(@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, HttpServletRequest request) {
		Paging paging = Paging.of(page, size);
		return ApiPage.slice(this.overview.picture().summaries(), paging, (s) -> IndicatorView.of(s.indicator(),
				s.dimensions(), (s.latest() != null) ? s.latest().code() : null, s.flagged()), request);
	}

	@GetMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(operationId = "getIndicatorFigures",
			summary = "An indicator's figures by group for one dimension, most recent periods last")
	Figures figures(@PathVariable long id,
			@Parameter(description = "the dimension (default: the indicator's first)") @RequestParam(
					required = false) @Nullable Dimension dimension,
			@Parameter(description = "how many of the most recent periods (1 to 40, default 8)") @RequestParam(
					defaultValue = "8") int periods) {
		if (periods < 1 || periods > MAX_PERIODS) {
			throw new ApiInputException("periods", "periods must be from 1 to " + MAX_PERIODS + ".");
		}
		Indicator indicator = this.service.indicator(id);
		if (dimension != null && !indicator.isBrokenDownBy(dimension)) {
			throw new ApiInputException("dimension", "This indicator is not broken down by " + dimension
					+ "; it is broken down by " + indicator.dimensionList() + ".");
		}
		Dimension chosen = IndicatorService.dimension(indicator, dimension);
		IndicatorAnalysis.Result all = IndicatorAnalysis.analyse(indicator, chosen, this.values.groupsOf(chosen),
				this.values.valuesOf(id), this.measures);
		IndicatorAnalysis.Result result = all.recent(periods);
		List<PeriodFigures> shown = new ArrayList<>();
		for (IndicatorAnalysis.PeriodRows period : result.periods()) {
			List<GroupFigure> rows = period.rows()
				.stream()
				.map((r) -> new GroupFigure(r.group(), r.reference(), r.suppressed(), r.numerator(), r.denominator(),
						r.rate(), r.ratio(), r.difference(), r.ratioLow(), r.ratioHigh(),
						r.ratio() != null && r.flagged(), r.standing(), r.significant(), r.trend()))
				.toList();
			boolean hidden = period.totalSuppressed();
			shown.add(new PeriodFigures(period.period().code(), hidden, hidden ? null : period.totalNumerator(),
					hidden ? null : period.totalDenominator(), hidden ? null : period.totalRate(), rows));
		}
		// the flagged count as the list gives it (the overview is kept until the data
		// changes)
		long flagged = this.overview.picture()
			.summaries()
			.stream()
			.filter((s) -> indicator.getId().equals(s.indicator().getId()))
			.mapToLong(EquityOverview.Summary::flagged)
			.findFirst()
			.orElse(0);
		IndicatorView view = IndicatorView.of(indicator, indicator.dimensionList(),
				(all.latest() != null) ? all.latest().period().code() : null, flagged);
		return new Figures(view, chosen, result.referenceGroup(), all.periods().size(), shown);
	}

	@PostMapping(path = "/{id}/values", consumes = "application/json")
	@PreAuthorize("@access.canEnterIndicatorValues(authentication, #id)")
	@Operation(operationId = "storeIndicatorValues",
			summary = "Stores values with the checks of a CSV import: all rows or none",
			description = "Rows name the period (as 2025-Q1, 2025-03 or 2025 for the indicator's period type),"
					+ " the dimension code, the group's label, and numerator and denominator (or mean and count)."
					+ " A period sent again for a dimension replaces what was stored for it.")
	Stored store(@PathVariable long id, @Valid @RequestBody Values body) {
		Indicator indicator = this.service.indicator(id);
		List<ValueRow> rows = (body.rows() != null) ? body.rows() : List.of();
		IndicatorImport.Outcome outcome = IndicatorImport.read(indicator, this.values.groups(),
				new StringReader(csv(indicator, rows)));
		if (!outcome.ok()) {
			Locale locale = LocaleContextHolder.getLocale();
			List<ApiAdvice.FieldError> errors = outcome.problems()
				.stream()
				.map((p) -> new ApiAdvice.FieldError((p.column() != null) ? p.column() : "",
						this.messages.getMessage(
								new DefaultMessageSourceResolvable(new String[] { p.messageKey() }, p.args()), locale),
						// the CSV's line 1 is its header: row n of the request is line n
						// + 1
						(p.line() > 1) ? p.line() - 1 : null))
				.toList();
			throw new RowsRefusedException(errors);
		}
		Map<Dimension, Set<String>> periods = this.service.replaceValues(id, outcome.lines(), "sent through the API");
		return new Stored(outcome.lines().size(), periods);
	}

	/**
	 * The rows as the CSV file an import would read, so they meet the very same checks.
	 */
	private static String csv(Indicator indicator, List<ValueRow> rows) {
		List<String> columns = IndicatorImport.columns(indicator);
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out,
				CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get())) {
			for (ValueRow row : rows) {
				printer.printRecord(
						row.period(), row.dimension(), row.group(), indicator.isMean()
								? ((row.mean() != null) ? row.mean().toPlainString() : null) : row.numerator(),
						indicator.isMean() ? row.count() : row.denominator());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
