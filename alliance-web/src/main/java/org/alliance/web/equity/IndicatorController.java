package org.alliance.web.equity;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.alliance.application.equity.EquityOverview;
import org.alliance.application.equity.IndicatorService;
import org.alliance.application.equity.IndicatorSort;
import org.alliance.domain.equity.Dimension;
import org.alliance.domain.equity.DimensionValue;
import org.alliance.domain.equity.DisparityMeasures;
import org.alliance.domain.equity.Indicator;
import org.alliance.domain.equity.IndicatorAnalysis;
import org.alliance.domain.equity.IndicatorValue;
import org.alliance.application.equity.IndicatorViews;
import org.alliance.application.progress.StepQueries;
import org.alliance.application.workgroup.WorkgroupViews;
import org.alliance.web.chart.IndicatorChart;
import org.alliance.web.security.AccessPolicy;
import org.alliance.web.shared.CsvCells;
import org.alliance.web.shared.FormSubmission;
import org.alliance.web.shared.SortLinks;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The indicator list, an indicator's disaggregated page and its export, and the links
 * between action steps and the indicators they aim to move.
 */
@Controller
class IndicatorController {

	/** Periods an indicator's page charts and tabulates: the most recent ones. */
	static final int SHOWN_PERIODS = 24;

	private final IndicatorService service;

	private final EquityOverview overview;

	private final IndicatorViews values;

	private final WorkgroupViews workgroups;

	private final StepQueries steps;

	private final DisparityMeasures measures;

	private final AccessPolicy access;

	IndicatorController(IndicatorService service, EquityOverview overview, IndicatorViews values,
			WorkgroupViews workgroups, StepQueries steps, DisparityMeasures measures, AccessPolicy access) {
		this.service = service;
		this.overview = overview;
		this.values = values;
		this.workgroups = workgroups;
		this.steps = steps;
		this.measures = measures;
		this.access = access;
	}

	@GetMapping("/indicators")
	@PreAuthorize("isAuthenticated()")
	String list(@RequestParam(name = "sort", required = false) @Nullable String sortBy,
			@RequestParam(name = "dir", required = false) @Nullable String direction, Model model) {
		IndicatorSort sort = IndicatorSort.of(sortBy, direction);
		model.addAttribute("summaries", sort.apply(this.overview.picture().summaries()));
		model.addAttribute("sort", sort);
		model.addAttribute("sortBase", SortLinks.sortBase("/indicators"));
		return "indicators/list";
	}

	@GetMapping("/indicators/{id}")
	@PreAuthorize("isAuthenticated()")
	String show(@PathVariable Long id, @RequestParam(required = false) Dimension dimension,
			Authentication authentication, Model model) {
		Indicator indicator = this.service.indicator(id);
		Dimension chosen = IndicatorService.dimension(indicator, dimension);
		IndicatorAnalysis.Result all = analyse(indicator, chosen);
		// a page shows a bounded history, however many periods the indicator holds
		IndicatorAnalysis.Result result = all.recent(SHOWN_PERIODS);
		model.addAttribute("indicator", indicator);
		model.addAttribute("dimension", chosen);
		model.addAttribute("result", result);
		model.addAttribute("allPeriods", all.periods().size());
		model.addAttribute("chart", IndicatorChart.of(result));
		model.addAttribute("workgroup", (indicator.getWorkgroupId() != null)
				? this.workgroups.findById(indicator.getWorkgroupId()).orElse(null) : null);
		model.addAttribute("steps", indicator.getLinkedStepIds().isEmpty() ? List.of()
				: this.steps.rowsWithIds(indicator.getLinkedStepIds()));
		model.addAttribute("canEnter", this.access.canEnterValuesOf(authentication, indicator.getWorkgroupId()));
		model.addAttribute("band", this.measures);
		return "indicators/show";
	}

	@GetMapping("/indicators/{id}/values.csv")
	@PreAuthorize("isAuthenticated()")
	void export(@PathVariable Long id, HttpServletResponse response) throws IOException {
		Indicator indicator = this.service.indicator(id);
		response.setContentType("text/csv;charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("Content-Disposition", "attachment; filename=\"indicator-" + id + ".csv\"");
		Writer writer = response.getWriter();
		String[] header = { "period", "dimension", "group", "reference_group",
				indicator.isMean() ? "mean" : "numerator", indicator.isMean() ? "count" : "denominator", "value",
				"rate_ratio", "rate_difference", "ratio_95ci_low", "ratio_95ci_high", "outside_band", "standing",
				"interval_excludes_1", "trend", "suppressed" };
		List<IndicatorValue> all = this.values.valuesOf(id);
		List<DimensionValue> allGroups = this.values.groups();
		try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).get())) {
			for (Dimension dimension : indicator.dimensionList()) {
				IndicatorAnalysis.Result result = IndicatorAnalysis.analyse(indicator, dimension,
						allGroups.stream().filter((g) -> g.getDimension() == dimension).toList(), all, this.measures);
				for (IndicatorAnalysis.PeriodRows period : result.periods()) {
					for (IndicatorAnalysis.Row row : period.rows()) {
						csv.printRecord(period.period().code(), dimension.name(), CsvCells.safe(row.group()),
								row.reference(), indicator.isMean() ? round(row.rate()) : row.numerator(),
								row.denominator(), round(row.rate()), round(row.ratio()), round(row.difference()),
								round(row.ratioLow()), round(row.ratioHigh()),
								(row.ratio() != null) ? row.flagged() : "",
								(row.standing() != null) ? row.standing().name().toLowerCase(Locale.ROOT) : "",
								(row.significant() != null) ? row.significant() : "",
								(row.trend() != null) ? row.trend() : "", row.suppressed());
					}
				}
			}
		}
	}

	@PostMapping("/action-steps/{id}/indicators")
	@PreAuthorize("@access.canManageStep(authentication, #id)")
	String linkStep(@PathVariable Long id, @RequestParam(name = "indicatorId", required = false) List<Long> ids,
			RedirectAttributes redirect) {
		Set<Long> wanted = (ids != null) ? new LinkedHashSet<>(ids) : Set.of();
		FormSubmission.button(redirect, "step.indicators.saved", null, () -> this.service.linkStep(id, wanted));
		return "redirect:/action-steps/" + id + "#indicators-heading";
	}

	private IndicatorAnalysis.Result analyse(Indicator indicator, Dimension dimension) {
		return IndicatorAnalysis.analyse(indicator, dimension, this.values.groupsOf(dimension),
				this.values.valuesOf(indicator.getId()), this.measures);
	}

	private static Object round(Double value) {
		return (value != null) ? Math.round(value * 10000) / 10000.0 : "";
	}

}
