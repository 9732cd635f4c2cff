package org.alliance.web.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.step.StepStatus;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.persistence.step.ActionStepRepository;
import org.alliance.web.support.PdfText;
import org.alliance.web.support.WebTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DashboardAndReportsTest extends WebTestSupport {

	@Autowired
	ActionStepRepository steps;

	@Autowired
	TransactionTemplate transactions;

	Person director;

	Person member;

	Workgroup workgroup;

	Workgroup other;

	Plan plan;

	ActionStep overdueStale;

	ActionStep atRiskRecent;

	ActionStep dueSoon;

	ActionStep otherGroups;

	@BeforeEach
	void setUp() {
		this.director = this.fixtures.person(SystemRole.LEADERSHIP);
		Person lead = this.fixtures.staff();
		this.member = this.fixtures.staff();
		this.workgroup = this.fixtures.workgroup(lead, this.member);
		this.other = this.fixtures.workgroup(this.fixtures.staff());
		this.plan = this.fixtures.plan();
		Aim aim = this.fixtures.aim(this.plan, 1);
		LocalDate today = LocalDate.now();
		this.overdueStale = this.fixtures.step(aim, this.workgroup, this.member, today.minusDays(5));
		this.atRiskRecent = this.fixtures.step(aim, this.workgroup, this.member, today.plusDays(60));
		this.dueSoon = this.fixtures.step(aim, this.workgroup, null, today.plusDays(3));
		this.otherGroups = this.fixtures.step(aim, this.other, null, today.plusDays(90));
		Instant now = Instant.now();
		record(this.overdueStale, StepStatus.IN_PROGRESS, 40, null, now.minus(70, ChronoUnit.DAYS));
		record(this.atRiskRecent, StepStatus.IN_PROGRESS, 20, null, now.minus(40, ChronoUnit.DAYS));
		record(this.atRiskRecent, StepStatus.AT_RISK, 60, "Funding late", now.minus(2, ChronoUnit.DAYS));
		record(this.otherGroups, StepStatus.IN_PROGRESS, 80, null, now.minus(1, ChronoUnit.DAYS));
	}

	private void record(ActionStep step, StepStatus status, int percent, String narrative, Instant at) {
		this.transactions.executeWithoutResult((tx) -> {
			ActionStep loaded = this.steps.findById(step.getId()).orElseThrow();
			loaded.recordProgress(this.member.getId(), status, percent, narrative, at);
		});
	}

	private String dashboard(String... params) throws Exception {
		var request = get("/dashboard").param("plan", this.plan.getId().toString());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return this.mvc.perform(request.with(as(this.director)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void anEmptyPlanShowsNoPercentageOfNothingAndAnotherPlanGetsItsOwnPeriod() throws Exception {
		Plan empty = this.fixtures.plan();
		String page = this.mvc
			.perform(get("/dashboard").param("plan", empty.getId().toString()).with(as(this.director)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"overall-percent\">No steps yet<")
			.contains("id=\"accountability\">No open steps<");

		// the filters were shown for the first plan with a period; choosing the empty
		// plan
		// drops that period
		String switched = this.mvc
			.perform(get("/dashboard").param("plan", empty.getId().toString())
				.param("shown", this.plan.getId().toString())
				.param("from", "2020-01-01")
				.param("to", "2020-03-31")
				.with(as(this.director)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(switched).doesNotContain("value=\"2020-01-01\"").doesNotContain("value=\"2020-03-31\"");
		// the same plan keeps the period asked for
		assertThat(dashboard("shown", this.plan.getId().toString(), "from", "2020-01-01", "to", "2020-03-31"))
			.contains("value=\"2020-01-01\"");
	}

	@Test
	void attentionQueueListsOverdueDueSoonAtRiskAndStaleSteps() throws Exception {
		String html = dashboard();
		// (40 + 60 + 0 + 80) / 4 = 45
		assertThat(html).contains("id=\"overall-percent\">45%")
			.contains("Overdue (1)")
			.contains("Due within 14 days (1)")
			.contains("At risk or blocked (1)")
			// stale: the overdue step (last update 70 days ago) and the due-soon step
			// (never updated, no start date
			// counts as started today, so not stale yet)
			.contains("No update for 30 days (1)")
			.contains(this.overdueStale.getTitle())
			.contains(this.dueSoon.getTitle());
		// one list: each step once, with every reason it needs attention as a tag
		String list = html.substring(html.indexOf("id=\"attention-table\""));
		list = list.substring(0, list.indexOf("</table>"));
		assertThat(list.split(Pattern.quote(">" + this.overdueStale.getTitle() + "<"), -1))
			.as("the overdue and stale step is listed once")
			.hasSize(2);
		String row = list.substring(list.indexOf(">" + this.overdueStale.getTitle() + "<"));
		row = row.substring(0, row.indexOf("</tr>"));
		assertThat(row).contains(">overdue<").contains(">no update for 30 days<").doesNotContain(">due soon<");
		assertThat(list).contains(">" + this.dueSoon.getTitle() + "<");
		// the reasons link to the whole list of each
		assertThat(html).contains("attention=stale");
		// the list comes before the breakdowns
		assertThat(html.indexOf("id=\"attention-table\"")).isLessThan(html.indexOf("id=\"aim-progress\""));
	}

	@Test
	void theBodyIsRenderedOnceForEveryReaderButTheHeaderIsEachOnesAndChangesShowAtOnce() throws Exception {
		String mine = dashboard();
		Person otherDirector = this.fixtures.person(SystemRole.LEADERSHIP);
		String theirs = this.mvc
			.perform(get("/dashboard").param("plan", this.plan.getId().toString()).with(as(otherDirector)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(mine).contains(this.director.getDisplayName()).doesNotContain(otherDirector.getDisplayName());
		assertThat(theirs).contains(otherDirector.getDisplayName()).doesNotContain(this.director.getDisplayName());
		assertThat(theirs.substring(theirs.indexOf("<main"), theirs.indexOf("</main>")))
			.isEqualTo(mine.substring(mine.indexOf("<main"), mine.indexOf("</main>")));
		// an update posted through the application shows on the next view: (40 + 60 + 20
		// + 80) / 4 = 50
		this.mvc
			.perform(post("/action-steps/{id}/updates", this.dueSoon.getId()).param("status", "IN_PROGRESS")
				.param("percent", "20")
				.param("narrative", "Started")
				.param("version", String.valueOf(this.fixtures.reload(this.dueSoon).getVersion()))
				.with(csrf())
				.with(as(this.member)))
			.andExpect(status().is3xxRedirection());
		assertThat(dashboard()).contains("id=\"overall-percent\">50%");
	}

	@Test
	void progressOverTimeIsRebuiltFromTheHistoryWithATableEquivalent() throws Exception {
		String html = dashboard("from", LocalDate.now().minusWeeks(12).toString());
		assertThat(html).contains("<svg").contains("role=\"img\"").contains("id=\"progress-table\"");
		// this week every update has happened: the last row of the table is the overall
		// figure
		assertThat(html).contains("<td>45.0%</td>");
		// ten weeks ago only the first update (40% on one of four equal steps) had
		// happened
		assertThat(html).contains("<td>10.0%</td>");
	}

	@Test
	void recentUpdatesAreTheNewestOfThePeriodAndScope() throws Exception {
		String from = LocalDate.now().minusDays(10).toString();
		assertThat(recentStepLinks(dashboard("from", from))).containsExactly(this.otherGroups.getId(),
				this.atRiskRecent.getId());
		assertThat(recentStepLinks(dashboard("from", from, "workgroup", this.workgroup.getId().toString())))
			.containsExactly(this.atRiskRecent.getId());
		// a period in which nothing happened
		assertThat(recentStepLinks(dashboard("from", LocalDate.now().minusDays(60).toString(), "to",
				LocalDate.now().minusDays(50).toString())))
			.isEmpty();
	}

	/** The steps linked from the "recent updates" list, in order. */
	private static List<Long> recentStepLinks(String html) {
		String section = html.substring(html.indexOf("id=\"recent-heading\""));
		section = section.substring(0, section.indexOf("</section>"));
		List<Long> ids = new ArrayList<>();
		Matcher link = Pattern.compile("href=\"/action-steps/(\\d+)(\\?from=dashboard)?\"").matcher(section);
		while (link.find()) {
			ids.add(Long.valueOf(link.group(1)));
		}
		return ids;
	}

	@Test
	void filteringByWorkgroupNarrowsEveryFigureAndTheWorkgroupDashboardShowsAccountability() throws Exception {
		String html = dashboard("workgroup", this.workgroup.getId().toString());
		// (40 + 60 + 0) / 3 = 33
		assertThat(html).contains("id=\"overall-percent\">33%").doesNotContain(this.otherGroups.getTitle());
		this.mvc
			.perform(get("/workgroups/{id}/dashboard", this.workgroup.getId())
				.param("plan", this.plan.getId().toString())
				.with(as(this.member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"overall-percent\">33%")))
			// of three open steps only the at-risk one was updated in the last 30 days
			.andExpect(content().string(containsString("id=\"accountability\">33%")));
	}

	@Test
	void stepsExportRespectsFiltersAndIsRealCsv() throws Exception {
		String csv = this.mvc
			.perform(get("/exports/steps.csv").param("plan", this.plan.getId().toString())
				.param("workgroup", this.workgroup.getId().toString())
				.param("overdue", "true")
				.with(as(this.director)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.lines()).hasSize(2);
		assertThat(csv).startsWith("id,title,aim,aim_title,workgroup")
			.contains(this.overdueStale.getTitle())
			.contains(",true,");
		// the status as a code and in words; the aim by number and title; moments to the
		// second
		String row = csv.lines().skip(1).findFirst().orElseThrow();
		assertThat(row).contains(",IN_PROGRESS,In progress,").containsPattern(",1,Aim[^,]+,");
		assertThat(row).containsPattern(",\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)$");
	}

	@Test
	void updateHistoryExportListsEveryUpdateInThePeriod() throws Exception {
		String csv = this.mvc
			.perform(get("/exports/updates.csv").param("plan", this.plan.getId().toString())
				.param("from", LocalDate.now().minusDays(50).toString())
				.with(as(this.director)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.lines()).hasSize(4);
		assertThat(csv).contains("Funding late").doesNotContain("NOT_STARTED,IN_PROGRESS,0,40,");
		this.mvc.perform(get("/exports/updates.csv").with(as(this.director))).andExpect(status().isBadRequest());
		this.mvc.perform(get("/exports/updates.csv").param("plan", "987654321").with(as(this.director)))
			.andExpect(status().isNotFound());
	}

	@Test
	void printableReportAndPdf() throws Exception {
		this.mvc.perform(get("/reports/plans/{id}", this.plan.getId()).with(as(this.director)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Progress report: " + this.plan.getName())))
			.andExpect(content().string(containsString(this.overdueStale.getTitle())));
		byte[] pdf = this.mvc.perform(get("/reports/plans/{id}.pdf", this.plan.getId()).with(as(this.director)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(pdf.length).isGreaterThan(1500);
		assertThat(PdfText.of(pdf)).contains("Progress report").contains("Overdue (1)");
	}

	@Test
	void planPagePaginatesLongListsAndLinksFromTheAttentionQueue() throws Exception {
		this.mvc.perform(get("/plans/{id}", this.plan.getId()).param("attention", "stale").with(as(this.member)))
			.andExpect(content().string(containsString(this.overdueStale.getTitle())))
			.andExpect(content().string(not(containsString(this.atRiskRecent.getTitle()))))
			.andExpect(content().string(containsString("1 step matches.")));
		this.mvc.perform(get("/plans/{id}", this.plan.getId()).param("page", "99").with(as(this.member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.otherGroups.getTitle())));
	}

}
