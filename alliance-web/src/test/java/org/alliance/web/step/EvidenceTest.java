package org.alliance.web.step;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.alliance.application.step.Evidence;
import org.alliance.domain.person.Person;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.web.support.WebTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Evidence on a progress update: accepted types judged by content, all or nothing, the
 * history links each file, and a file is always a download with a safe type, for people
 * who may read the step only.
 */
class EvidenceTest extends WebTestSupport {

	static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	JdbcTemplate jdbc;

	private ActionStep step(Person member) {
		Workgroup workgroup = this.fixtures.workgroup(this.fixtures.staff(), member);
		return this.fixtures.step(this.fixtures.aim(this.fixtures.plan(), 1), workgroup, member,
				LocalDate.now().plusDays(30));
	}

	private MockMultipartHttpServletRequestBuilder update(ActionStep step, String narrative) {
		MockMultipartHttpServletRequestBuilder request = multipart("/action-steps/{id}/updates", step.getId());
		request.param("status", "IN_PROGRESS")
			.param("percent", "40")
			.param("narrative", narrative)
			.param("version", String.valueOf(this.fixtures.reload(step).getVersion()));
		return request;
	}

	private long files(ActionStep step) {
		Long count = this.jdbc.queryForObject("select count(*) from evidence_file where step_id = ?", Long.class,
				step.getId());
		return (count != null) ? count : 0L;
	}

	/**
	 * A ZIP that would unpack to 200 MB, named .docx: an office document by its first
	 * bytes, so it is stored exactly as sent and given back exactly as stored. Alliance
	 * never unpacks an upload (docs/security.md), so its unpacked size costs nothing.
	 */
	@Test
	void aZipBombNamedDocxIsStoredAsItIsNeverUnpacked() throws Exception {
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.setLevel(Deflater.BEST_COMPRESSION);
			out.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] zeros = new byte[1 << 20];
			for (int i = 0; i < 200; i++) {
				out.write(zeros);
			}
			out.closeEntry();
		}
		byte[] bomb = zip.toByteArray();
		assertThat(bomb.length).as("small as sent").isLessThan(Evidence.MAX_FILE_BYTES);
		Person member = this.fixtures.staff();
		ActionStep step = step(member);
		this.mvc.perform(update(step, "Report attached")
			.file(new MockMultipartFile("evidence", "report.docx",
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document", bomb))
			.with(as(member))
			.with(csrf())).andExpect(status().is3xxRedirection());
		Long id = this.jdbc.queryForObject("select id from evidence_file where step_id = ?", Long.class, step.getId());
		byte[] back = this.mvc.perform(get("/action-steps/{id}/evidence/{f}", step.getId(), id).with(as(member)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(back).as("the same bytes, not unpacked").isEqualTo(bomb);
	}

	@Test
	void aPdfAndACsvGoWithTheUpdateAndAreDownloadedAsAttachmentsWithTheirTypeFromTheirContent() throws Exception {
		Person member = this.fixtures.staff();
		ActionStep step = step(member);
		this.mvc
			.perform(update(step, "Signed policy attached")
				.file(new MockMultipartFile("evidence", "C:\\Users\\me\\signed \"policy\".pdf", "text/html", PDF))
				.file(new MockMultipartFile("evidence", "attendance.csv", "application/octet-stream",
						"name,attended\nA,yes\n".getBytes(StandardCharsets.UTF_8)))
				.with(as(member))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(files(step)).isEqualTo(2);
		String html = page("/action-steps/" + step.getId(), member);
		assertThat(html).contains("signed policy.pdf", "attendance.csv", "/evidence/");
		Long pdfId = this.jdbc.queryForObject(
				"select id from evidence_file where step_id = ? and content_type = 'application/pdf'", Long.class,
				step.getId());
		Person outsider = this.fixtures.staff();
		MvcResult download = this.mvc
			.perform(get("/action-steps/{id}/evidence/{f}", step.getId(), pdfId).with(as(outsider)))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(download.getResponse().getContentType()).as("the type found in the content, not the browser's")
			.isEqualTo("application/pdf");
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("signed policy.pdf");
		assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.getResponse().getHeader("Content-Security-Policy")).startsWith("sandbox");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);
		this.mvc.perform(get("/action-steps/{id}/evidence/{f}", step.getId(), pdfId))
			.andExpect(status().is3xxRedirection());
		ActionStep other = step(member);
		this.mvc.perform(get("/action-steps/{id}/evidence/{f}", other.getId(), pdfId).with(as(member)))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where entity_id = ? and after_json like '%attendance.csv%'",
				Long.class, step.getId()))
			.isEqualTo(1L);
	}

	@Test
	void htmlSvgOrAFileNamedPdfThatIsNotOneIsRefusedAndNothingIsSaved() throws Exception {
		Person member = this.fixtures.staff();
		ActionStep step = step(member);
		for (MockMultipartFile bad : new MockMultipartFile[] {
				new MockMultipartFile("evidence", "page.html", "text/html",
						"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)),
				new MockMultipartFile("evidence", "drawing.svg", "image/svg+xml",
						"<svg onload=alert(1)></svg>".getBytes(StandardCharsets.UTF_8)),
				new MockMultipartFile("evidence", "report.pdf", "application/pdf",
						"<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)),
				new MockMultipartFile("evidence", "notes.csv", "text/csv",
						"<img src=x onerror=alert(1)>".getBytes(StandardCharsets.UTF_8)),
				new MockMultipartFile("evidence", "program.exe", "application/octet-stream",
						new byte[] { 'M', 'Z', 0, 1 }) }) {
			String page = refused(update(step, "Kept narrative").file(bad).with(as(member)).with(csrf()));
			assertThat(page).as(bad.getOriginalFilename())
				.contains("is not one of the accepted kinds", "Kept narrative");
		}
		assertThat(files(step)).isZero();
		assertThat(this.fixtures.historySize(step)).as("the update itself is not saved either").isZero();
	}

	@Test
	void aMemberOfAnotherWorkgroupCannotAttachAndSixFilesAreTooMany() throws Exception {
		Person member = this.fixtures.staff();
		ActionStep step = step(member);
		Person outsider = this.fixtures.staff();
		this.fixtures.workgroup(this.fixtures.staff(), outsider);
		this.mvc
			.perform(update(step, "Not mine").file(new MockMultipartFile("evidence", "a.pdf", "application/pdf", PDF))
				.with(as(outsider))
				.with(csrf()))
			.andExpect(status().isForbidden());
		MockMultipartHttpServletRequestBuilder six = update(step, "Six files");
		for (int i = 0; i < 6; i++) {
			six.file(new MockMultipartFile("evidence", i + ".pdf", "application/pdf", PDF));
		}
		assertThat(refused(six.with(as(member)).with(csrf()))).contains("At most 5 files go with one update");
		assertThat(files(step)).isZero();
	}

}
