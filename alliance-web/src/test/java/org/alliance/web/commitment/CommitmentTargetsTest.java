package org.alliance.web.commitment;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.alliance.domain.commitment.Commitment;
import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.domain.plan.Plan;
import org.alliance.persistence.commitment.CommitmentEventRepository;
import org.alliance.persistence.commitment.CommitmentRepository;
import org.alliance.web.support.Fixtures;
import org.alliance.web.support.WebTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Share targets on a commitment, events recorded against it with met / not met per
 * target, the compliance rate over time, and the dashboard panel.
 */
class CommitmentTargetsTest extends WebTestSupport {

	@Autowired
	CommitmentRepository commitments;

	@Autowired
	CommitmentEventRepository events;

	Person admin;

	Person director;

	Commitment commitment;

	@BeforeEach
	void pledge() throws Exception {
		this.admin = this.fixtures.person(SystemRole.ADMIN);
		this.director = this.fixtures.person(SystemRole.LEADERSHIP);
		this.commitment = this.commitments.save(new Commitment(Fixtures.unique("Only panels with at least half women"),
				"A director", this.director.getId(), null));
		for (String[] target : new String[][] { { "women", "50" }, { "minoritised communities", "20" } }) {
			this.mvc
				.perform(post("/commitments/{id}/targets", this.commitment.getId()).param("measure", target[0])
					.param("minimumPercent", target[1])
					.with(csrf())
					.with(as(this.admin)))
				.andExpect(status().is3xxRedirection());
		}
	}

	private MockHttpServletRequestBuilder event(String date, String name, String total, String women,
			String minoritised) {
		return post("/commitments/{id}/events", this.commitment.getId()).param("date", date)
			.param("name", name)
			.param("kind", "PANEL")
			.param("total", total)
			.param("counts[0]", women)
			.param("counts[1]", minoritised)
			.with(csrf());
	}

	@Test
	void eventsShowMetOrNotMetPerTargetAndTheCommitmentItsComplianceOverTime() throws Exception {
		// 3 of 5 women (60%) and 1 of 5 (20%): met; 2 of 6 women (33%): not met
		this.mvc.perform(event("2026-01-15", "Winter summit", "5", "3", "1").with(as(this.director)))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(event("2026-04-20", "Spring forum", "6", "2", "3").with(as(this.director)))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(event("2026-05-02", "Board retreat", "4", "2", "1").with(as(this.admin)))
			.andExpect(status().is3xxRedirection());
		String html = page("/commitments/" + this.commitment.getId(), this.director);
		assertThat(html).contains("2 of 3 recorded events met every target (66.7%).");
		assertThat(html).contains("At least 50% women").contains("At least 20% minoritised communities");
		String events = html.substring(html.indexOf("id=\"events-table\""));
		assertThat(events).contains("3 (60.0%)").contains("2 (33.3%)").contains("Not met");
		String quarters = html.substring(html.indexOf("id=\"compliance-table\""));
		assertThat(quarters).containsPattern("2026-Q1</th>\\s*<td class=\"num\">1</td>\\s*<td class=\"num\">1</td>")
			.containsPattern(
					"2026-Q2</th>\\s*<td class=\"num\">2</td>\\s*<td class=\"num\">1</td>\\s*<td class=\"num\">50.0%");

		Plan plan = this.fixtures.plan();
		String dashboard = page("/dashboard", this.director);
		String panel = dashboard.substring(dashboard.indexOf("id=\"compliance-panel\""));
		assertThat(panel).contains(this.commitment.getStatement()).contains("66.7%");
		// the printed report and its PDF carry the same section, the PDF with its bars
		assertThat(page("/reports/plans/" + plan.getId(), this.director)).contains("id=\"report-commitments\"")
			.contains(this.commitment.getStatement());
		byte[] pdf = this.mvc.perform(get("/reports/plans/{id}.pdf", plan.getId()).with(as(this.director)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PdfReader reader = new PdfReader(pdf)) {
			StringBuilder text = new StringBuilder();
			for (int p = 1; p <= reader.getNumberOfPages(); p++) {
				text.append(new PdfTextExtractor(reader).getTextFromPage(p));
			}
			assertThat(text.toString()).contains("Commitments with targets").contains("66.7%");
		}
	}

	@Test
	void anEventRecordedByMistakeIsRemovedAfterConfirmationAndNoLongerCounts() throws Exception {
		this.mvc.perform(event("2026-01-15", "Winter summit", "5", "3", "1").with(as(this.director)))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(event("2026-02-15", "Typo panel", "6", "0", "0").with(as(this.director)))
			.andExpect(status().is3xxRedirection());
		Long mistaken = this.events.findOfCommitment(this.commitment.getId())
			.stream()
			.filter((e) -> e.getName().equals("Typo panel"))
			.findFirst()
			.orElseThrow()
			.getId();
		String path = "/commitments/" + this.commitment.getId() + "/events/" + mistaken + "/remove";
		assertThat(page("/commitments/" + this.commitment.getId(), this.director))
			.contains("1 of 2 recorded events met every target (50.0%).")
			.contains("href=\"" + path + "\"");
		assertThat(page(path, this.director)).contains("Typo panel").contains("Remove the event");

		Person otherDirector = this.fixtures.person(SystemRole.LEADERSHIP);
		this.mvc.perform(post(path).with(csrf()).with(as(otherDirector))).andExpect(status().isForbidden());
		this.mvc.perform(post(path).with(as(this.director))).andExpect(status().isForbidden());
		// an event is removed only through its own commitment
		Commitment other = this.commitments
			.save(new Commitment(Fixtures.unique("Another pledge"), "Someone", this.director.getId(), null));
		this.mvc
			.perform(post("/commitments/" + other.getId() + "/events/" + mistaken + "/remove").with(csrf())
				.with(as(this.director)))
			.andExpect(status().isNotFound());
		assertThat(this.events.findOfCommitment(this.commitment.getId())).hasSize(2);

		this.mvc.perform(post(path).with(csrf()).with(as(this.director))).andExpect(status().is3xxRedirection());
		assertThat(this.events.findOfCommitment(this.commitment.getId())).extracting((e) -> e.getName())
			.containsExactly("Winter summit");
		assertThat(page("/commitments/" + this.commitment.getId(), this.director))
			.contains("1 of 1 recorded events met every target (100.0%).");
		assertThat(page("/admin/audit", this.admin))
			.contains("Event removed from commitment " + this.commitment.getId());
	}

	@Test
	void aWrongEventIsRefusedNextToItsFieldKeepsWhatWasTypedAndRecordsNothing() throws Exception {
		String html = refused(event("2026-01-15", "Typed summit", "5", "7", "x").with(as(this.director)));
		assertThat(html).contains("value=\"Typed summit\"").contains("Enter each count as a whole number from 0 up.");
		String tooMany = refused(event("2026-01-15", "Typed summit", "5", "7", "1").with(as(this.director)));
		assertThat(tooMany).contains("Enter a whole number from 0 up to the number of people who took part.")
			.contains("value=\"7\"");
		String noDate = refused(event("", "Typed summit", "5", "2", "1").with(as(this.director)));
		assertThat(noDate).contains("Enter the date of the event");
		assertThat(this.events.findOfCommitment(this.commitment.getId())).isEmpty();
	}

	@Test
	void onlyThePersonWhoMadeThePledgeAndAdministratorsRecordEventsAndOnlyAdministratorsSetTargets() throws Exception {
		Person otherDirector = this.fixtures.person(SystemRole.LEADERSHIP);
		this.mvc.perform(event("2026-01-15", "Summit", "5", "3", "1").with(as(otherDirector)))
			.andExpect(status().isForbidden());
		this.mvc.perform(event("2026-01-15", "Summit", "5", "3", "1").with(as(this.fixtures.staff())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/commitments/{id}/targets", this.commitment.getId()).param("measure", "youth")
				.param("minimumPercent", "10")
				.with(csrf())
				.with(as(this.director)))
			.andExpect(status().isForbidden());
		String duplicate = refused(post("/commitments/{id}/targets", this.commitment.getId()).param("measure", "Women")
			.param("minimumPercent", "40")
			.with(csrf())
			.with(as(this.admin)));
		assertThat(duplicate).contains("This commitment already has a target for this.");
		assertThat(this.commitments.findWithSteps(this.commitment.getId()).orElseThrow().getTargets()).hasSize(2);
		assertThat(this.events.findOfCommitment(this.commitment.getId())).isEmpty();
	}

	@Test
	void administratorsMakeCommitmentsWithAClearMessageForWhatIsMissing() throws Exception {
		String refused = refused(post("/commitments").param("statement", "")
			.param("madeBy", "Typed maker")
			.param("reviewDate", "2027-01-31")
			.with(csrf())
			.with(as(this.admin)));
		assertThat(refused).contains("Enter the commitment, up to 2,000 characters.").contains("value=\"Typed maker\"");
		this.mvc
			.perform(post("/commitments").param("statement", "Mentor two staff members from minoritised communities")
				.param("madeBy", "A director")
				.param("ownerId", this.director.getId().toString())
				.with(csrf())
				.with(as(this.director)))
			.andExpect(status().isForbidden());
		String location = this.mvc
			.perform(post("/commitments").param("statement", "Mentor two staff members from minoritised communities")
				.param("madeBy", "A director")
				.param("ownerId", this.director.getId().toString())
				.param("reviewDate", "2027-01-31")
				.with(csrf())
				.with(as(this.admin)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String page = page(location, this.director);
		assertThat(page).contains("Mentor two staff members from minoritised communities").contains("31 Jan 2027");
		String audit = this.mvc.perform(get("/admin/audit").with(as(this.admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(audit).contains("Commitment made");
	}

}
