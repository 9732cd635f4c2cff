package org.alliance.web.shared;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/** The fonts, headings and tables the app's PDFs (OpenPDF) share. */
public final class PdfParts {

	public static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);

	public static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);

	public static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);

	public static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);

	private PdfParts() {
	}

	/** A section heading with space around it. */
	public static void section(Document document, String title) {
		Paragraph heading = new Paragraph(title, HEADING);
		heading.setSpacingBefore(12);
		heading.setSpacingAfter(6);
		document.add(heading);
	}

	/** A full-width table with its header row (repeated on each page). */
	public static PdfPTable table(float[] widths, String... headers) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		for (String header : headers) {
			PdfPCell cell = new PdfPCell(new Phrase(header, BOLD));
			cell.setHorizontalAlignment(Element.ALIGN_LEFT);
			table.addCell(cell);
		}
		return table;
	}

	/** Body-text cells, one per value (none for {@code null}). */
	public static void row(PdfPTable table, String... values) {
		for (String value : values) {
			table.addCell(new Phrase((value != null) ? value : "", BODY));
		}
	}

}
