package org.alliance.web.equity;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.alliance.application.equity.IndicatorImport;
import org.alliance.application.equity.IndicatorService;
import org.alliance.domain.equity.Dimension;
import org.alliance.domain.equity.DimensionValue;
import org.alliance.domain.equity.Indicator;
import org.alliance.domain.equity.IndicatorValue;
import org.alliance.domain.equity.Period;
import org.alliance.domain.shared.DomainRuleException;
import org.alliance.application.equity.IndicatorViews;
import org.alliance.web.shared.CsvCells;
import org.alliance.web.shared.FormSubmission;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Entering an indicator's values for one period and dimension by form, and importing many
 * at once from a CSV file. Both check every value, keep what was typed or sent, and store
 * nothing unless everything is right.
 */
@Controller
class IndicatorValuesController {

	private final IndicatorService service;

	private final IndicatorViews values;

	private final MessageSource messages;

	private final Clock clock;

	IndicatorValuesController(IndicatorService service, IndicatorViews values, MessageSource messages, Clock clock) {
		this.service = service;
		this.values = values;
		this.messages = messages;
		this.clock = clock;
	}

	/** A problem of the import report, in the reader's words. */
	public record ReportLine(long line, String column, String message) {
	}

	@GetMapping("/indicators/{id}/values/new")
	@PreAuthorize("@access.canEnterIndicatorValues(authentication, #id)")
	String form(@PathVariable Long id, @RequestParam(required = false) Dimension dimension,
			@RequestParam(required = false) String period, Model model, HttpServletResponse response) {
		Indicator indicator = this.service.indicator(id);
		Dimension chosen = IndicatorService.dimension(indicator, dimension);
		List<DimensionValue> groups = this.values.groupsOf(chosen);
		Period parsed = (period == null || period.isBlank())
				? Period.containing(indicator.getPeriodType(), LocalDate.now(this.clock)) : parse(indicator, period);
		Map<Long, IndicatorValue> existing = new LinkedHashMap<>();
		if (parsed != null) {
			this.values.valuesOfPeriod(id, parsed.start(), chosen).forEach((v) -> existing.put(v.getGroupValueId(), v));
		}
		List<ValuesForm.Row> rows = new ArrayList<>();
		for (DimensionValue group : groups) {
			IndicatorValue value = existing.get(group.getId());
			rows.add(
					(value == null) ? new ValuesForm.Row(group.getId(), "", "")
							: new ValuesForm.Row(group.getId(),
									indicator.isMean() ? value.getMeanValue().stripTrailingZeros().toPlainString()
											: String.valueOf(value.getNumerator()),
									String.valueOf(value.getDenominator())));
		}
		ValuesForm form = new ValuesForm((parsed != null) ? parsed.code() : period, rows);
		BindingResult result = new BeanPropertyBindingResult(form, "valuesForm");
		if (parsed == null) {
			rejectPeriod(result, indicator, period);
			return FormSubmission.refused(response, () -> form(indicator, chosen, groups, result, false, model));
		}
		return form(indicator, chosen, groups, result, !existing.isEmpty(), model);
	}

	@PostMapping("/indicators/{id}/values")
	@PreAuthorize("@access.canEnterIndicatorValues(authentication, #id)")
	String save(@PathVariable Long id, @RequestParam Dimension dimension, @ModelAttribute ValuesForm posted,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Indicator indicator = this.service.indicator(id);
		Dimension chosen = IndicatorService.dimension(indicator, dimension);
		List<DimensionValue> groups = this.values.groupsOf(chosen);
		// one row per group of the dimension, in its order, whatever was posted for
		// others
		Map<Long, ValuesForm.Row> typed = new LinkedHashMap<>();
		posted.rows()
			.stream()
			.filter((r) -> r != null && r.groupId() != null)
			.forEach((r) -> typed.put(r.groupId(), r));
		List<ValuesForm.Row> rows = groups.stream()
			.map((g) -> typed.getOrDefault(g.getId(), new ValuesForm.Row(g.getId(), "", "")))
			.toList();
		ValuesForm form = new ValuesForm(posted.period(), rows);
		BindingResult result = new BeanPropertyBindingResult(form, "valuesForm");
		Period period = parse(indicator, form.period());
		if (period == null) {
			rejectPeriod(result, indicator, form.period());
		}
		// the rules are the import's (IndicatorImport.entered); here they are put beside
		// the fields, named with their group
		IndicatorImport.Outcome outcome = IndicatorImport.entered(indicator, period, chosen,
				rows.stream().map((r) -> new IndicatorImport.Typed(r.groupId(), r.first(), r.second())).toList());
		for (IndicatorImport.Problem problem : outcome.problems()) {
			if (problem.line() < 0) {
				if (!result.hasErrors()) {
					result.reject(problem.messageKey());
				}
				continue;
			}
			int row = (int) problem.line();
			String field = "rows[" + row + "]." + problem.column();
			if (result.getFieldErrorCount(field) == 0) {
				reject(result, field, groups.get(row).getLabel(), problem);
			}
		}
		return FormSubmission.handle(result, response, () -> {
			this.service.replaceValues(id, outcome.lines(), "entered");
			redirect.addFlashAttribute("flash", "indicator.values.saved");
			return "redirect:/indicators/" + id + "?dimension=" + chosen;
		}, () -> form(indicator, chosen, groups, result, false, model));
	}

	private static Period parse(Indicator indicator, String period) {
		try {
			return Period.parse(indicator.getPeriodType(), (period != null) ? period.trim() : "");
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static void rejectPeriod(BindingResult result, Indicator indicator, String period) {
		result.rejectValue("period", "import.period.invalid",
				new Object[] { period, IndicatorImport.periodExample(indicator.getPeriodType()) }, null);
	}

	/**
	 * The first problem of an input, named with its group so the summary says whose it
	 * is.
	 */
	private static void reject(BindingResult result, String field, String group, IndicatorImport.Problem problem) {
		result.rejectValue(field, "indicator.values.groupProblem",
				new Object[] { group,
						new DefaultMessageSourceResolvable(new String[] { problem.messageKey() }, problem.args()) },
				null);
	}

	/**
	 * A CSV file to fill in: the columns the import reads, and a row for every group of
	 * every dimension of the indicator in the current period, with the figures left
	 * blank.
	 */
	@GetMapping("/indicators/{id}/import/template.csv")
	@PreAuthorize("@access.canEnterIndicatorValues(authentication, #id)")
	void template(@PathVariable Long id, HttpServletResponse response) throws IOException {
		Indicator indicator = this.service.indicator(id);
		String period = Period.containing(indicator.getPeriodType(), LocalDate.now(this.clock)).code();
		response.setContentType("text/csv;charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("Content-Disposition", "attachment; filename=\"indicator-" + id + "-template.csv\"");
		try (CSVPrinter csv = new CSVPrinter(response.getWriter(),
				CSVFormat.RFC4180.builder()
					.setHeader(IndicatorImport.columns(indicator).toArray(String[]::new))
					.get())) {
			for (Dimension dimension : indicator.dimensionList()) {
				for (DimensionValue group : this.values.groupsOf(dimension)) {
					csv.printRecord(period, dimension.name(), CsvCells.safe(group.getLabel()), "", "");
				}
			}
		}
	}

	@GetMapping("/indicators/{id}/import")
	@PreAuthorize("@access.canEnterIndicatorValues(authentication, #id)")
	String importForm(@PathVariable Long id, Model model) {
		return importPage(this.service.indicator(id), List.of(), null, model);
	}

	@PostMapping("/indicators/{id}/import")
	@PreAuthorize("@access.canEnterIndicatorValues(authentication, #id)")
	String importFile(@PathVariable Long id, @RequestParam(required = false) MultipartFile file, Model model,
			RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		Indicator indicator = this.service.indicator(id);
		if (file == null || file.isEmpty()) {
			return FormSubmission.refused(response, () -> importPage(indicator,
					List.of(new ReportLine(0, null, message("import.file.missing"))), null, model));
		}
		IndicatorImport.Outcome outcome;
		try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			outcome = IndicatorImport.read(indicator, this.values.groups(), reader);
		}
		if (!outcome.ok()) {
			List<ReportLine> report = outcome.problems()
				.stream()
				.map((p) -> new ReportLine(p.line(), p.column(), message(p.messageKey(), p.args())))
				.toList();
			return FormSubmission.refused(response,
					() -> importPage(indicator, report, file.getOriginalFilename(), model));
		}
		return FormSubmission.attempt(response, DomainRuleException.class, () -> imported(id, outcome, redirect),
				(ex) -> importPage(indicator, List.of(new ReportLine(0, null, message(ex.messageKey(), ex.args()))),
						file.getOriginalFilename(), model));
	}

	private String imported(Long id, IndicatorImport.Outcome outcome, RedirectAttributes redirect) {
		Map<Dimension, Set<String>> periods = this.service.replaceValues(id, outcome.lines(), "imported");
		redirect.addFlashAttribute("flash", "indicator.import.done");
		redirect.addFlashAttribute("importedRows", outcome.lines().size());
		redirect.addFlashAttribute("importedPeriods",
				periods.values()
					.stream()
					.flatMap(Set::stream)
					.distinct()
					.sorted()
					.reduce((a, b) -> a + ", " + b)
					.orElse(""));
		return "redirect:/indicators/" + id;
	}

	private String form(Indicator indicator, Dimension dimension, List<DimensionValue> groups, BindingResult result,
			boolean replacing, Model model) {
		model.addAttribute("indicator", indicator);
		model.addAttribute("dimension", dimension);
		model.addAttribute("groups", groups);
		model.addAttribute("valuesForm", result.getTarget());
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "valuesForm", result);
		model.addAttribute("periodExample", IndicatorImport.periodExample(indicator.getPeriodType()));
		model.addAttribute("replacing", replacing);
		return "indicators/values";
	}

	private String importPage(Indicator indicator, List<ReportLine> report, String filename, Model model) {
		model.addAttribute("indicator", indicator);
		model.addAttribute("report", report);
		model.addAttribute("filename", filename);
		model.addAttribute("columns", String.join(",", IndicatorImport.columns(indicator)));
		model.addAttribute("periodExample", IndicatorImport.periodExample(indicator.getPeriodType()));
		model.addAttribute("dimensionCodes", indicator.dimensionList());
		Map<Dimension, List<DimensionValue>> groupsByDimension = new LinkedHashMap<>();
		for (Dimension dimension : indicator.dimensionList()) {
			groupsByDimension.put(dimension, this.values.groupsOf(dimension));
		}
		model.addAttribute("groupsByDimension", groupsByDimension);
		return "indicators/import";
	}

	private String message(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, args, key, locale);
	}

}
