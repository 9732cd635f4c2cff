package org.alliance.web.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.alliance.application.shared.NotFoundException;
import org.alliance.domain.step.StepStatus;
import org.alliance.application.plan.PlanViews;
import org.alliance.application.progress.ProgressQueries;
import org.alliance.application.progress.ProgressQueries.Scope;
import org.alliance.application.progress.ProgressQueries.StepFilter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import static org.alliance.web.shared.CsvCells.safe;

/**
 * CSV exports of a plan's action steps (with the same filters as the plan page) and of
 * its update history, written with Apache Commons CSV and streamed row by row.
 */
@Controller
@Transactional(readOnly = true)
class ExportController {

	private final ProgressQueries queries;

	private final PlanViews plans;

	private final Clock clock;

	private final MessageSource messages;

	ExportController(ProgressQueries queries, PlanViews plans, Clock clock, MessageSource messages) {
		this.queries = queries;
		this.plans = plans;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping("/exports/steps.csv")
	@PreAuthorize("isAuthenticated()")
	void steps(@RequestParam Long plan, @RequestParam(required = false) Long workgroup,
			@RequestParam(required = false) StepStatus status, @RequestParam(defaultValue = "false") boolean overdue,
			Locale locale, HttpServletResponse response) throws IOException {
		requirePlan(plan);
		LocalDate today = LocalDate.now(this.clock);
		// codes for spreadsheets and scripts, and the same in words for people
		try (CSVPrinter csv = printer(response, "alliance-steps.csv", "id", "title", "aim", "aim_title", "workgroup",
				"assignee", "status", "status_label", "percent", "weight", "start_date", "due_date", "overdue",
				"last_update_at")) {
			this.queries.eachRow(new Scope(plan, workgroup),
					new StepFilter(status, overdue, false, false, false, today),
					(row) -> print(csv, row.id(), safe(row.title()), row.aimNumber(), safe(row.aimTitle()),
							safe(row.workgroupName()), safe(row.assigneeName()), row.status(),
							label(row.status().name(), locale), row.percent(), row.weight(), row.startDate(),
							row.dueDate(), row.isOverdue(today), seconds(row.lastUpdateAt())));
		}
	}

	@GetMapping("/exports/updates.csv")
	@PreAuthorize("isAuthenticated()")
	void updates(@RequestParam Long plan, @RequestParam(required = false) Long workgroup,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale,
			HttpServletResponse response) throws IOException {
		requirePlan(plan);
		try (CSVPrinter csv = printer(response, "alliance-updates.csv", "recorded_at", "step_id", "step", "workgroup",
				"author", "from_status", "to_status", "from_status_label", "to_status_label", "from_percent",
				"to_percent", "narrative")) {
			this.queries.eachUpdate(new Scope(plan, workgroup), from, to,
					(rs) -> print(csv, seconds(rs.getTimestamp("recorded_at").toInstant()), rs.getLong("step_id"),
							safe(rs.getString("title")), safe(rs.getString("workgroup_name")),
							safe(rs.getString("author")), rs.getString("from_status"), rs.getString("to_status"),
							label(rs.getString("from_status"), locale), label(rs.getString("to_status"), locale),
							rs.getInt("from_percent"), rs.getInt("to_percent"), safe(rs.getString("narrative"))));
		}
	}

	/** A status as the pages name it, in the reader's language. */
	private String label(String status, Locale locale) {
		return (status != null) ? this.messages.getMessage("status." + status, null, status, locale) : null;
	}

	/** A moment to the second, with the organisation's offset from UTC. */
	private String seconds(Instant at) {
		return (at != null)
				? OffsetDateTime.ofInstant(at, this.clock.getZone()).truncatedTo(ChronoUnit.SECONDS).toString() : null;
	}

	private void requirePlan(Long plan) {
		if (!this.plans.planExists(plan)) {
			throw new NotFoundException("Plan", plan);
		}
	}

	private static CSVPrinter printer(HttpServletResponse response, String filename, String... header)
			throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
		Writer writer = response.getWriter();
		return new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(header).get());
	}

	private static void print(CSVPrinter csv, Object... values) {
		try {
			csv.printRecord(values);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
