package org.alliance.web.audit;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.alliance.domain.audit.AuditEntry;
import org.alliance.application.audit.AuditViews;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import static org.alliance.web.shared.CsvCells.safe;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators read, filter and export the audit trail. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
@Transactional(readOnly = true)
class AuditController {

	static final int PAGE_SIZE = 50;

	static final int MAX_EXPORT = 100_000;

	private final AuditViews entries;

	private final AuditView view;

	AuditController(AuditViews entries, AuditView view) {
		this.entries = entries;
		this.view = view;
	}

	@GetMapping("/admin/audit")
	String list(@ModelAttribute("filter") AuditFilter filter, BindingResult errors,
			@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
		Page<AuditEntry> result = this.entries.find(filter.query(errors),
				// a page past the end is empty, however large its number
				PageRequest.of(Math.min(Math.max(page, 0), Integer.MAX_VALUE / PAGE_SIZE), PAGE_SIZE,
						filter.chosenOrder().sort));
		model.addAttribute("entries", result);
		model.addAttribute("orders", AuditFilter.Order.values());
		model.addAttribute("order", filter.chosenOrder());
		model.addAttribute("shown", this.view.show(result.getContent(), locale));
		model.addAttribute("types", this.entries.entityTypes());
		return "admin/audit";
	}

	@GetMapping("/admin/audit.csv")
	void export(@ModelAttribute("filter") AuditFilter filter, BindingResult errors, HttpServletResponse response)
			throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"alliance-audit.csv\"");
		Page<AuditEntry> rows = this.entries.find(filter.query(errors),
				PageRequest.of(0, MAX_EXPORT, filter.chosenOrder().sort));
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		Writer writer = response.getWriter();
		try (CSVPrinter csv = new CSVPrinter(writer,
				CSVFormat.RFC4180.builder()
					.setHeader("at", "actor", "action", "entity_type", "entity_id", "summary", "before", "after")
					.get())) {
			for (AuditEntry e : rows) {
				csv.printRecord(e.getAt(), safe(e.getActorName()), e.getAction(), e.getEntityType(), e.getEntityId(),
						safe(e.getSummary()), safe(e.getBeforeJson()), safe(e.getAfterJson()));
			}
		}
	}

}
