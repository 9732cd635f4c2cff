package org.alliance.web.admin;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.servlet.http.HttpServletResponse;
import org.alliance.application.export.DataExport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import static org.alliance.web.shared.CsvCells.safe;

/**
 * The organisation's whole data as a ZIP of CSV files, one per table, for administrators
 * (leaving, archiving, their own analysis). Recorded in the audit trail; never holds a
 * password hash, a session id or a setup link.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AdminExportController {

	private final DataExport export;

	private final Clock clock;

	AdminExportController(DataExport export, Clock clock) {
		this.export = export;
		this.clock = clock;
	}

	@GetMapping("/admin/export.zip")
	void export(HttpServletResponse response) throws IOException {
		response.setContentType("application/zip");
		response.setHeader("Content-Disposition",
				"attachment; filename=\"alliance-export-" + LocalDate.now(this.clock) + ".zip\"");
		try (ZipOutputStream zip = new ZipOutputStream(response.getOutputStream(), StandardCharsets.UTF_8)) {
			this.export.export(new CsvFiles(zip));
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	/** Each table a CSV file in the ZIP, its columns as the header. */
	private static final class CsvFiles implements DataExport.Sink {

		private final ZipOutputStream zip;

		private final Writer writer;

		private CSVPrinter csv;

		CsvFiles(ZipOutputStream zip) {
			this.zip = zip;
			this.writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
		}

		@Override
		public void table(String name, List<String> columns) {
			try {
				this.zip.putNextEntry(new ZipEntry(name + ".csv"));
				this.csv = new CSVPrinter(this.writer,
						CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public void row(List<Object> values) {
			try {
				this.csv.printRecord(values.stream().map(CsvFiles::cell).toList());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public void endTable() {
			try {
				this.csv.flush();
				this.writer.flush();
				this.zip.closeEntry();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private static Object cell(Object value) {
			return (value instanceof String text) ? safe(text) : value;
		}

	}

}
