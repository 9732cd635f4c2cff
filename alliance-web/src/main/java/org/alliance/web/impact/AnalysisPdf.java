package org.alliance.web.impact;

import java.io.OutputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.alliance.application.impact.ImpactAnalysisService;
import org.alliance.domain.equity.IndicatorAnalysis;
import org.alliance.domain.impact.ImpactAnalysis;
import org.alliance.application.impact.AnalysisRow;
import org.alliance.application.progress.StepRow;
import org.alliance.web.equity.Figures;
import org.alliance.web.shared.PdfParts;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import static org.alliance.web.shared.PdfParts.BODY;
import static org.alliance.web.shared.PdfParts.BOLD;
import static org.alliance.web.shared.PdfParts.TITLE;
import static org.alliance.web.shared.PdfParts.section;

/**
 * The whole analysis as a PDF (OpenPDF), in the reader's language: what the page shows,
 * without its forms. Quoted figures keep their suppression.
 */
@Component
class AnalysisPdf {

	private final MessageSource messages;

	private final Figures figures;

	private final ZoneId zone;

	AnalysisPdf(MessageSource messages, Figures figures, Clock clock) {
		this.messages = messages;
		this.figures = figures;
		this.zone = clock.getZone();
	}

	void write(ImpactAnalysisService.Page page, AnalysisRow row, String reviewerName, Locale locale, OutputStream out) {
		ImpactAnalysis a = page.analysis();
		DateTimeFormatter dates = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
		Document document = new Document(PageSize.A4, 40, 40, 40, 40);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		writer.setTagged();
		document.addTitle(a.getTitle());
		document.open();
		document.add(new Paragraph(msg("analysis.pdf.heading", locale), BODY));
		document.add(new Paragraph(a.getTitle(), TITLE));
		facts(document, a, row, dates, locale);
		text(document, msg("analysis.description", locale), a.getDescription(), locale);
		screening(document, a, locale);
		section(document, msg("analysis.step1", locale));
		body(document, a.getDesiredResults(), locale);
		section(document, msg("analysis.step2", locale));
		quotes(document, page, locale);
		text(document, msg("analysis.dataNotes", locale), a.getDataNotes(), locale);
		section(document, msg("analysis.step3", locale));
		text(document, msg("analysis.engagementGroups", locale), a.getEngagementGroups(), locale);
		text(document, msg("analysis.engagementMethods", locale), a.getEngagementMethods(), locale);
		text(document, msg("analysis.engagementHeard", locale), a.getEngagementHeard(), locale);
		section(document, msg("analysis.step4", locale));
		effects(document, page, dates, locale);
		section(document, msg("analysis.step5", locale));
		body(document, a.getImplementation(), locale);
		section(document, msg("analysis.step6", locale));
		body(document, a.getAccountability(), locale);
		text(document, msg("analysis.publicSummary", locale), a.getPublicSummary(), locale);
		decision(document, a, reviewerName, dates, locale);
		document.close();
	}

	/** Status, kind, plan, workgroup, owner and review date. */
	private void facts(Document document, ImpactAnalysis a, AnalysisRow row, DateTimeFormatter dates, Locale locale) {
		PdfPTable facts = new PdfPTable(new float[] { 2, 5 });
		facts.setWidthPercentage(100);
		fact(facts, msg("analysis.status", locale), msg("analysis.status." + a.getStatus(), locale));
		fact(facts, msg("analysis.subjectKind", locale), msg("analysis.subjectKind." + a.getSubjectKind(), locale));
		fact(facts, msg("analysis.plan", locale), row.planName());
		fact(facts, msg("analysis.workgroup", locale), row.workgroupName());
		fact(facts, msg("analysis.owner", locale), row.ownerName());
		fact(facts, msg("analysis.reviewDate", locale),
				(a.getReviewDate() != null) ? dates.format(a.getReviewDate()) : "—");
		document.add(facts);
		text(document, msg("analysis.description", locale), a.getDescription(), locale);
	}

	/** The screening's three answers and its outcome. */
	private void screening(Document document, ImpactAnalysis a, Locale locale) {
		section(document, msg("analysis.screening.heading", locale));
		if (a.getScreenNegative() == null) {
			document.add(new Paragraph(msg("analysis.notYet", locale), BODY));
		}
		else {
			document.add(new Paragraph(msg("analysis.screening.negative", locale) + " "
					+ msg("analysis.answer." + a.getScreenNegative(), locale), BODY));
			document.add(new Paragraph(msg("analysis.screening.access", locale) + " "
					+ msg("analysis.answer." + a.getScreenAccess(), locale), BODY));
			document.add(new Paragraph(msg("analysis.screening.unknown", locale) + " "
					+ msg("analysis.answer." + a.getScreenUnknown(), locale), BODY));
			document.add(new Paragraph(Boolean.TRUE.equals(a.getFullAnalysis())
					? msg("analysis.screening.isFull", locale) : msg("analysis.screening.isOut", locale), BOLD));
			if (a.getScreenOutReason() != null) {
				document.add(new Paragraph(a.getScreenOutReason(), BODY));
			}
		}
	}

	/**
	 * The latest figures of each indicator the analysis cites, suppressed as on the
	 * pages.
	 */
	private void quotes(Document document, ImpactAnalysisService.Page page, Locale locale) {
		for (ImpactAnalysisService.IndicatorQuote quote : page.quotes()) {
			document.add(new Paragraph(quote.indicator().getName(), BOLD));
			for (ImpactAnalysisService.Latest latest : quote.dimensions()) {
				document.add(new Paragraph(msg("analysis.quote.caption", locale,
						msg("dimension." + latest.dimension(), locale), latest.rows().period().code()), BODY));
				PdfPTable table = PdfParts.table(new float[] { 4, 2, 2 }, msg("indicator.group", locale),
						msg("indicator.value", locale), msg("indicator.ratio", locale));
				table.setSpacingAfter(6);
				for (IndicatorAnalysis.Row r : latest.rows().rows()) {
					cell(table, r.group());
					if (r.suppressed()) {
						cell(table, msg("indicator.suppressedShort", locale));
						cell(table, "—");
					}
					else {
						cell(table, this.figures.rate(r.rate()));
						cell(table, r.reference() ? "—" : this.figures.ratio(r.ratio()));
					}
				}
				document.add(table);
			}
		}
	}

	/** The impacts per group with their mitigating steps. */
	private void effects(Document document, ImpactAnalysisService.Page page, DateTimeFormatter dates, Locale locale) {
		if (page.effects().isEmpty()) {
			document.add(new Paragraph(msg("analysis.notYet", locale), BODY));
		}
		else {
			PdfPTable table = PdfParts.table(new float[] { 3, 1.5f, 4, 4 }, msg("analysis.effect.group", locale),
					msg("analysis.effect.impact", locale), msg("analysis.effect.evidence", locale),
					msg("analysis.mitigations", locale));
			for (ImpactAnalysisService.EffectView e : page.effects()) {
				cell(table, msg("dimension." + e.group().getDimension(), locale) + ": " + e.group().getLabel());
				cell(table, msg("analysis.impact." + e.effect().getImpact(), locale));
				cell(table, e.effect().getEvidence());
				StringBuilder steps = new StringBuilder();
				for (StepRow s : e.mitigations()) {
					steps.append(s.title())
						.append(" (")
						.append(msg("status." + s.status(), locale))
						.append(", ")
						.append(s.percent())
						.append("%")
						.append((s.dueDate() != null) ? ", " + dates.format(s.dueDate()) : "")
						.append(")\n");
				}
				cell(table, steps.isEmpty() ? "—" : steps.toString().strip());
			}
			document.add(table);
		}
	}

	/** The decision on the analysis and its evaluation, once there are any. */
	private void decision(Document document, ImpactAnalysis a, String reviewerName, DateTimeFormatter dates,
			Locale locale) {
		if (a.getDecision() != null) {
			section(document, msg("analysis.decision.heading", locale));
			document.add(new Paragraph(msg("analysis.decision." + a.getDecision(), locale), BOLD));
			document.add(new Paragraph(
					msg("analysis.decidedBy", locale, reviewerName, dates.format(a.getDecidedAt().atZone(this.zone))),
					BODY));
			if (a.getReviewComment() != null) {
				document.add(new Paragraph(a.getReviewComment(), BODY));
			}
		}
		if (a.getEvaluation() != null) {
			section(document, msg("analysis.evaluation.heading", locale));
			document.add(new Paragraph(a.getEvaluation(), BODY));
		}
	}

	private String msg(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	private void body(Document document, @Nullable String text, Locale locale) {
		document.add(new Paragraph((text != null) ? text : msg("analysis.notYet", locale), BODY));
	}

	private void text(Document document, String label, @Nullable String text, Locale locale) {
		document.add(new Paragraph(label, BOLD));
		body(document, text, locale);
	}

	private static void fact(PdfPTable table, String label, String value) {
		table.addCell(new PdfPCell(new Phrase(label, BOLD)));
		table.addCell(new PdfPCell(new Phrase(value, BODY)));
	}

	private static void cell(PdfPTable table, String value) {
		table.addCell(new PdfPCell(new Phrase(value, BODY)));
	}

}
