package org.alliance.web.indicator;

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
import org.alliance.domain.equity.Dimension;
import org.alliance.domain.equity.DimensionValue;
import org.alliance.domain.equity.Indicator;
import org.alliance.domain.equity.IndicatorValue;
import org.alliance.domain.equity.Period;
import org.alliance.persistence.equity.DimensionValueRepository;
import org.alliance.persistence.equity.IndicatorValueRepository;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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

	private final IndicatorValueRepository values;

	private final DimensionValueRepository groups;

	private final MessageSource messages;

	private final Clock clock;

	IndicatorValuesController(IndicatorService service, IndicatorValueRepository values,
			DimensionValueRepository groups, MessageSource messages, Clock clock) {
		this.service = service;
		this.values = values;
		this.groups = groups;
		this.messages = messages;
		this.clock = clock;
	}

	/** A group's inputs as typed, and the message for each input in error. */
	public record Entry(DimensionValue group, String first, String second, String firstError, String secondError) {
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
		Period parsed = null;
		String periodError = null;
		String periodText = period;
		if (period == null || period.isBlank()) {
			parsed = Period.containing(indicator.getPeriodType(), LocalDate.now(this.clock));
			periodText = parsed.code();
		}
		else {
			try {
				parsed = Period.parse(indicator.getPeriodType(), period);
				periodText = parsed.code();
			}
			catch (IllegalArgumentException ex) {
				periodError = message("import.period.invalid", period,
						IndicatorImport.periodExample(indicator.getPeriodType()));
				response.setStatus(422);
			}
		}
		Map<Long, IndicatorValue> existing = new LinkedHashMap<>();
		if (parsed != null) {
			this.values.findOfPeriod(id, parsed.start(), chosen).forEach((v) -> existing.put(v.getGroupValueId(), v));
		}
		List<Entry> entries = new ArrayList<>();
		for (DimensionValue group : this.groups.findByDimensionOrderByPositionAscLabelAsc(chosen)) {
			IndicatorValue value = existing.get(group.getId());
			String first = "";
			String second = "";
			if (value != null) {
				first = indicator.isMean() ? value.getMeanValue().stripTrailingZeros().toPlainString()
						: String.valueOf(value.getNumerator());
				second = String.valueOf(value.getDenominator());
			}
			entries.add(new Entry(group, first, second, null, null));
		}
		return form(indicator, chosen, periodText, periodError, entries, List.of(), !existing.isEmpty(), model);
	}

	@PostMapping("/indicators/{id}/values")
	@PreAuthorize("@access.canEnterIndicatorValues(authentication, #id)")
	String save(@PathVariable Long id, @RequestParam Dimension dimension, @RequestParam String period,
			@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Indicator indicator = this.service.indicator(id);
		Dimension chosen = IndicatorService.dimension(indicator, dimension);
		List<String> problems = new ArrayList<>();
		Period parsed = null;
		String periodError = null;
		try {
			parsed = Period.parse(indicator.getPeriodType(), period);
		}
		catch (IllegalArgumentException ex) {
			periodError = message("import.period.invalid", period,
					IndicatorImport.periodExample(indicator.getPeriodType()));
			problems.add(periodError);
		}
		List<Entry> entries = new ArrayList<>();
		List<IndicatorImport.Line> lines = new ArrayList<>();
		String firstName = indicator.isMean() ? "mean" : "numerator";
		String secondName = indicator.isMean() ? "count" : "denominator";
		for (DimensionValue group : this.groups.findByDimensionOrderByPositionAscLabelAsc(chosen)) {
			String first = params.getOrDefault(firstName + "-" + group.getId(), "").trim();
			String second = params.getOrDefault(secondName + "-" + group.getId(), "").trim();
			if (first.isEmpty() && second.isEmpty()) {
				entries.add(new Entry(group, first, second, null, null));
				continue;
			}
			List<IndicatorImport.Problem> firstProblems = new ArrayList<>();
			List<IndicatorImport.Problem> secondProblems = new ArrayList<>();
			BigDecimal mean = null;
			Long numerator = null;
			if (indicator.isMean()) {
				mean = IndicatorImport.decimal(first, 0, firstName, firstProblems);
			}
			else {
				numerator = IndicatorImport.count(first, 0, firstName, firstProblems);
			}
			Long denominator = IndicatorImport.count(second, 0, secondName, secondProblems);
			if (numerator != null && denominator != null && numerator > denominator) {
				firstProblems.add(new IndicatorImport.Problem(0, firstName, "import.numerator.aboveDenominator",
						numerator, denominator));
			}
			String firstError = firstProblems.isEmpty() ? null
					: group.getLabel() + ": " + message(firstProblems.get(0).messageKey(), firstProblems.get(0).args());
			String secondError = secondProblems.isEmpty() ? null : group.getLabel() + ": "
					+ message(secondProblems.get(0).messageKey(), secondProblems.get(0).args());
			if (firstError != null) {
				problems.add(firstError);
			}
			if (secondError != null) {
				problems.add(secondError);
			}
			entries.add(new Entry(group, first, second, firstError, secondError));
			if (firstError == null && secondError == null && parsed != null) {
				lines.add(new IndicatorImport.Line(0, parsed, chosen, group.getId(), numerator, denominator, mean));
			}
		}
		if (problems.isEmpty() && lines.isEmpty()) {
			problems.add(message("indicator.values.none"));
		}
		if (!problems.isEmpty()) {
			response.setStatus(422);
			return form(indicator, chosen, period, periodError, entries, problems, false, model);
		}
		this.service.replaceValues(id, lines, "entered");
		redirect.addFlashAttribute("flash", "indicator.values.saved");
		return "redirect:/indicators/" + id + "?dimension=" + chosen;
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
			response.setStatus(422);
			return importPage(indicator, List.of(new ReportLine(0, null, message("import.file.missing"))), null, model);
		}
		IndicatorImport.Outcome outcome;
		try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			outcome = IndicatorImport.read(indicator, this.groups.findAllInOrder(), reader);
		}
		if (!outcome.ok()) {
			response.setStatus(422);
			List<ReportLine> report = outcome.problems()
				.stream()
				.map((p) -> new ReportLine(p.line(), p.column(), message(p.messageKey(), p.args())))
				.toList();
			return importPage(indicator, report, file.getOriginalFilename(), model);
		}
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

	private String form(Indicator indicator, Dimension dimension, String period, String periodError,
			List<Entry> entries, List<String> problems, boolean replacing, Model model) {
		model.addAttribute("indicator", indicator);
		model.addAttribute("dimension", dimension);
		model.addAttribute("period", period);
		model.addAttribute("periodError", periodError);
		model.addAttribute("periodExample", IndicatorImport.periodExample(indicator.getPeriodType()));
		model.addAttribute("entries", entries);
		model.addAttribute("problems", problems);
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
		return "indicators/import";
	}

	private String message(String key, Object... args) {
		Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		return this.messages.getMessage(key, args, key, locale);
	}

}
