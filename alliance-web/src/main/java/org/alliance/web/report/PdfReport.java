package org.alliance.web.report;

import java.awt.Color;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.alliance.application.dashboard.DashboardService.Attention;
import org.alliance.application.dashboard.DashboardService.Dashboard;
import org.alliance.application.equity.EquityOverview;
import org.alliance.domain.commitment.ComplianceRecord;
import org.alliance.domain.step.StepStatus;
import org.alliance.application.progress.ProgressQueries.Group;
import org.alliance.application.progress.StepRow;
import org.alliance.web.shared.PdfParts;

import org.springframework.context.MessageSource;

import static org.alliance.web.shared.PdfParts.BODY;
import static org.alliance.web.shared.PdfParts.HEADING;
import static org.alliance.web.shared.PdfParts.TITLE;
import static org.alliance.web.shared.PdfParts.row;
import static org.alliance.web.shared.PdfParts.section;
import static org.alliance.web.shared.PdfParts.table;
import org.springframework.stereotype.Component;

/** Writes the plan progress report as a PDF with OpenPDF, in the reader's language. */
@Component
class PdfReport {

	private final MessageSource messages;

	PdfReport(MessageSource messages) {
		this.messages = messages;
	}

	void write(Dashboard board, String workgroupName, List<EquityOverview.Gap> gaps, List<ComplianceRecord> compliance,
			Locale locale, OutputStream out) {
		Document document = new Document(PageSize.A4, 40, 40, 40, 40);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		writer.setTagged();
		document.addTitle(board.plan().name());
		document.open();
		DateTimeFormatter dates = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
		document.add(new Paragraph(msg("report.heading", locale, board.plan().name()), TITLE));
		if (workgroupName != null) {
			document.add(new Paragraph(workgroupName, HEADING));
		}
		document.add(new Paragraph(msg("report.asOf", locale, dates.format(board.today())), BODY));
		document.add(new Paragraph(" "));
		document.add(new Paragraph(msg("dashboard.overall", locale) + ": " + board.overall().percent() + "%", HEADING));
		document
			.add(new Paragraph(msg("rollup.explain", locale, board.overall().counted(), board.overall().totalWeight())
					+ " " + msg("rollup.withoutUpdate", locale, board.overall().withoutUpdate()), BODY));
		document.add(new Paragraph(msg("dashboard.accountability", locale) + ": " + ((board.accountability() != null)
				? board.accountability() + "%" : msg("dashboard.accountability.none", locale)), BODY));

		section(document, msg("dashboard.byAim", locale));
		PdfPTable aims = table(new float[] { 6, 1.5f, 1.5f }, msg("dashboard.aim", locale),
				msg("dashboard.progress", locale), msg("dashboard.counted", locale));
		for (Group g : board.aims()) {
			row(aims, msg("plan.aim.heading", locale, g.number(), g.label()), g.rollUp().percent() + "%",
					String.valueOf(g.rollUp().counted()));
		}
		document.add(aims);

		if (board.workgroupId() == null) {
			section(document, msg("dashboard.byWorkgroup", locale));
			PdfPTable groups = table(new float[] { 6, 1.5f, 1.5f }, msg("dashboard.workgroup", locale),
					msg("dashboard.progress", locale), msg("dashboard.steps", locale));
			for (Group g : board.workgroups()) {
				row(groups, g.label(), g.rollUp().percent() + "%",
						String.valueOf(g.rollUp().counted() + g.rollUp().notApplicable()));
			}
			document.add(groups);
		}

		section(document, msg("dashboard.byStatus", locale));
		PdfPTable statuses = table(new float[] { 4, 1 }, msg("step.status", locale), msg("dashboard.count", locale));
		for (StepStatus status : StepStatus.values()) {
			row(statuses, msg("status." + status, locale), String.valueOf(board.byStatus().get(status)));
		}
		document.add(statuses);

		if (!gaps.isEmpty()) {
			section(document, msg("dashboard.disparities", locale));
			document.add(new Paragraph(msg("report.disparities.explain", locale), BODY));
			PdfPTable table = table(new float[] { 3.5f, 3.5f, 1.3f, 3.5f, 1.5f }, msg("indicator.name", locale),
					msg("indicator.group", locale), msg("indicator.period", locale), msg("indicator.ratio", locale),
					msg("indicator.trend", locale));
			for (EquityOverview.Gap g : gaps) {
				row(table, g.indicator(), msg("dashboard.gapGroup", locale, g.group(),
						msg("dimension." + g.dimension(), locale), g.referenceGroup()), g.period().code());
				// the ratio as a bar on a scale of 0 to 1 (parity), with its number
				table.addCell(bar(Math.min(1, Math.max(0, g.ratio())), String.format(locale, "%.2f", g.ratio())));
				row(table, msg("indicator.trend." + g.trend(), locale));
			}
			document.add(table);
		}

		if (compliance.stream().anyMatch((r) -> r.rate() != null)) {
			section(document, msg("dashboard.commitmentTargets", locale));
			PdfPTable table = table(new float[] { 6, 1.3f, 1.3f, 3.5f }, msg("commitment.statement", locale),
					msg("commitment.compliance.events", locale), msg("commitment.compliance.met", locale),
					msg("commitment.compliance.rate", locale));
			for (ComplianceRecord r : compliance) {
				if (r.rate() == null) {
					continue;
				}
				row(table, r.statement(), String.valueOf(r.eventCount()), String.valueOf(r.met()));
				table.addCell(bar(r.rate() / 100, String.format(locale, "%.1f%%", r.rate())));
			}
			document.add(table);
		}

		for (Attention attention : board.attention()) {
			section(document, msg("dashboard.attention." + attention.kind(), locale, attention.count()));
			if (attention.first().isEmpty()) {
				document.add(new Paragraph(msg("dashboard.attention.none", locale), BODY));
				continue;
			}
			PdfPTable steps = table(new float[] { 5, 2.5f, 1.5f, 1.2f, 2 }, msg("step.title", locale),
					msg("step.workgroup", locale), msg("step.status", locale), msg("step.percent", locale),
					msg("step.dueDate", locale));
			for (StepRow r : attention.first()) {
				row(steps, r.title(), r.workgroupName(), msg("status." + r.status(), locale), r.percent() + "%",
						(r.dueDate() != null) ? dates.format(r.dueDate()) : "—");
			}
			document.add(steps);
		}
		document.close();
	}

	private String msg(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	/**
	 * A cell holding a horizontal bar as long as the share (0 to 1) of the cell, followed
	 * by the figure in words: a bar chart that reads without colour.
	 */
	private static PdfPCell bar(double share, String figure) {
		float filled = (float) Math.max(0.001, Math.min(0.999, share));
		PdfPTable bar = new PdfPTable(new float[] { filled, 1 - filled });
		bar.setWidthPercentage(100);
		PdfPCell full = new PdfPCell(new Phrase(" ", BODY));
		full.setBackgroundColor(BRAND);
		full.setBorder(Rectangle.NO_BORDER);
		PdfPCell rest = new PdfPCell(new Phrase(" ", BODY));
		rest.setBorder(Rectangle.NO_BORDER);
		rest.setBackgroundColor(PANEL);
		bar.addCell(full);
		bar.addCell(rest);
		PdfPTable both = new PdfPTable(new float[] { 3, 1.4f });
		both.setWidthPercentage(100);
		PdfPCell chart = new PdfPCell(bar);
		chart.setBorder(Rectangle.NO_BORDER);
		chart.setVerticalAlignment(Element.ALIGN_MIDDLE);
		PdfPCell text = new PdfPCell(new Phrase(figure, BODY));
		text.setBorder(Rectangle.NO_BORDER);
		both.addCell(chart);
		both.addCell(text);
		PdfPCell cell = new PdfPCell(both);
		cell.setPadding(2);
		return cell;
	}

	private static final Color BRAND = new Color(0x1d, 0x4f, 0x91);

	private static final Color PANEL = new Color(0xe3, 0xe6, 0xee);

}
