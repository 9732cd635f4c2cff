package org.alliance.web.security;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.alliance.domain.audit.AuditAction;
import org.alliance.domain.audit.AuditEntry;
import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.persistence.audit.AuditEntryRepository;
import org.alliance.web.shared.CsvCells;
import org.alliance.web.support.WebTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AuditTrailTest extends WebTestSupport {

	@Autowired
	AuditEntryRepository entries;

	@Autowired
	JdbcTemplate jdbc;

	private List<AuditEntry> entriesFor(String type, Long id) {
		return this.entries.findAll(Sort.by("id"))
			.stream()
			.filter((e) -> e.getEntityType().equals(type) && e.getEntityId().equals(id))
			.toList();
	}

	@Test
	void progressUpdatesMembershipAndRoleChangesAreRecordedWithWhoBeforeAndAfter() throws Exception {
		Person lead = this.fixtures.staff();
		Person member = this.fixtures.staff();
		Person admin = this.fixtures.person(SystemRole.ADMIN);
		Workgroup workgroup = this.fixtures.workgroup(lead, member);
		Aim aim = this.fixtures.aim(this.fixtures.plan(), 1);
		ActionStep step = this.fixtures.step(aim, workgroup);

		this.mvc
			.perform(post("/action-steps/{id}/updates", step.getId()).param("status", "AT_RISK")
				.param("percent", "20")
				.param("narrative", "Data late")
				.param("version", "0")
				.with(csrf())
				.with(as(member)))
			.andExpect(status().is3xxRedirection());
		List<AuditEntry> stepEntries = entriesFor("ActionStep", step.getId());
		assertThat(stepEntries).hasSize(1);
		AuditEntry update = stepEntries.get(0);
		assertThat(update.getAction()).isEqualTo(AuditAction.UPDATE);
		assertThat(update.getActorId()).isEqualTo(member.getId());
		assertThat(update.getActorName()).contains(member.getEmail());
		assertThat(update.getBeforeJson()).contains("\"status\":\"NOT_STARTED\"").contains("\"percent\":0");
		assertThat(update.getAfterJson()).contains("\"status\":\"AT_RISK\"").contains("Data late");

		Person newcomer = this.fixtures.staff();
		this.mvc
			.perform(post("/workgroups/{id}/members", workgroup.getId()).param("personId", newcomer.getId().toString())
				.with(csrf())
				.with(as(lead)))
			.andExpect(status().is3xxRedirection());
		AuditEntry membership = entriesFor("Workgroup", workgroup.getId()).get(0);
		assertThat(membership.getSummary()).isEqualTo("Member added");
		assertThat(membership.getAfterJson()).contains(newcomer.getId().toString());

		this.mvc
			.perform(post("/admin/people/{id}/role", member.getId()).param("role", "LEADERSHIP")
				.with(csrf())
				.with(as(admin)))
			.andExpect(status().is3xxRedirection());
		AuditEntry role = entriesFor("Person", member.getId()).get(0);
		assertThat(role.getBeforeJson()).contains("\"role\":\"STAFF\"");
		assertThat(role.getAfterJson()).contains("\"role\":\"LEADERSHIP\"").doesNotContain("bcrypt");
	}

	@Test
	void theTrailOrdersNewestOrOldestFirstByWhoOrByKindKeepingTheFilterOnEveryPage() throws Exception {
		Person admin = this.fixtures.person(SystemRole.ADMIN);
		String kind = "Sorted" + admin.getId();
		Instant start = Instant.parse("2026-01-01T10:00:00Z");
		String[] actors = { "Zoe Sorter", "adam Sorter", "Mia Sorter" };
		for (int i = 0; i < 3; i++) {
			this.entries.save(new AuditEntry(start.plusSeconds(60L * i), admin.getId(), actors[i], AuditAction.CREATE,
					kind, (long) i, "Entry " + i, null, "{}"));
		}
		String filter = "/admin/audit?type=" + kind;
		assertThat(actorsIn(page(filter, admin))).containsExactly("Mia Sorter", "adam Sorter", "Zoe Sorter");
		assertThat(actorsIn(page(filter + "&order=oldest", admin))).containsExactly("Zoe Sorter", "adam Sorter",
				"Mia Sorter");
		String byWho = page(filter + "&order=actor", admin);
		assertThat(actorsIn(byWho)).as("by who, whatever the case")
			.containsExactly("adam Sorter", "Mia Sorter", "Zoe Sorter");
		assertThat(byWho).contains("<option value=\"actor\" selected=\"selected\"");
		assertThat(actorsIn(page(filter + "&order=nonsense", admin))).as("an unknown order is newest first")
			.containsExactly("Mia Sorter", "adam Sorter", "Zoe Sorter");
		String csv = this.mvc.perform(get("/admin/audit.csv?type=" + kind + "&order=oldest").with(as(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv.indexOf("Zoe Sorter")).isLessThan(csv.indexOf("Mia Sorter"));
	}

	private static List<String> actorsIn(String html) {
		return Pattern.compile("<strong>([^<]+)</strong>").matcher(html).results().map((m) -> m.group(1)).toList();
	}

	@Test
	void theTrailIsAppendOnly() {
		Person admin = this.fixtures.person(SystemRole.ADMIN);
		this.entries.save(
				new AuditEntry(Instant.now(), admin.getId(), "x", AuditAction.CREATE, "Test", 1L, "kept", null, "{}"));
		assertThatThrownBy(() -> this.jdbc.update("update audit_entry set summary = 'changed'"))
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.update("delete from audit_entry")).hasMessageContaining("append-only");
	}

	@Test
	void entriesReadAsSentencesWithWhatChangedFieldByFieldInEachLanguage() throws Exception {
		Person admin = this.fixtures.person(SystemRole.ADMIN);
		Person lead = this.fixtures.staff();
		Person member = this.fixtures.staff();
		Workgroup workgroup = this.fixtures.workgroup(lead, member);
		Aim aim = this.fixtures.aim(this.fixtures.plan(), 1);
		ActionStep step = this.fixtures.step(aim, workgroup, member, null);
		this.mvc
			.perform(post("/action-steps/{id}/updates", step.getId()).param("status", "AT_RISK")
				.param("percent", "35")
				.param("narrative", "Waiting for the interpreters' contract")
				.param("version", String.valueOf(step.getVersion()))
				.with(csrf())
				.with(as(member)))
			.andExpect(status().is3xxRedirection());
		String english = this.mvc.perform(get("/admin/audit").param("actor", member.getEmail()).with(as(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String entry = english.substring(english.indexOf("class=\"audit-entry\""));
		entry = entry.substring(0,
				entry.indexOf("</li>\n  </ol>") > 0 ? entry.indexOf("</li>\n  </ol>") : entry.length());
		assertThat(entry).contains(member.getDisplayName())
			.contains("changed")
			.contains("the action step")
			.contains("<q>" + step.getTitle() + "</q>")
			.contains("Status:")
			.contains("<del>Not started</del>")
			.contains("<ins>At risk</ins>")
			.contains("Percent complete:")
			.doesNotContain("{&quot;")
			.doesNotContain("AT_RISK")
			.doesNotContain("ActionStep");
		// the assignee is named, not numbered
		this.mvc
			.perform(post("/workgroups/{id}/members/{pid}/remove", workgroup.getId(), member.getId())
				.param("reassignTo", lead.getId().toString())
				.with(csrf())
				.with(as(lead)))
			.andExpect(status().is3xxRedirection());
		String reassigned = this.mvc
			.perform(get("/admin/audit").param("type", "ActionStep").param("actor", lead.getEmail()).with(as(admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(reassigned).contains("Assigned to:")
			.contains("<del>" + member.getDisplayName() + "</del>")
			.contains("<ins>" + lead.getDisplayName() + "</ins>")
			.contains("Step reassigned");
		// and in Spanish
		String spanish = this.mvc.perform(
				get("/admin/audit").param("actor", member.getEmail()).header("Accept-Language", "es").with(as(admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(spanish).contains("el paso de acción").contains("Estado:").contains("<ins>En riesgo</ins>");
		// an entry whose snapshot names nothing is named from the thing itself; nested
		// values read as text, and an entry without a before shows its values plainly
		this.entries
			.save(new AuditEntry(Instant.now(), admin.getId(), admin.getDisplayName() + " <" + admin.getEmail() + ">",
					AuditAction.UPDATE, "Workgroup", workgroup.getId(), "Values loaded", null,
					"{\"periods\":{\"RACE_ETHNICITY\":[\"2025-Q1\",\"2025-Q2\"]}}"));
		String named = this.mvc
			.perform(get("/admin/audit").param("type", "Workgroup").param("actor", admin.getEmail()).with(as(admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(named).contains("<q>" + workgroup.getName() + "</q>")
			.contains("Race ethnicity: 2025-Q1, 2025-Q2")
			.doesNotContain("[&quot;")
			.doesNotContain("(empty)");
	}

	@Test
	void administratorsFilterAndExportTheTrailAndNobodyElseCan() throws Exception {
		Person admin = this.fixtures.person(SystemRole.ADMIN);
		Person lead = this.fixtures.staff();
		Workgroup workgroup = this.fixtures.workgroup(lead);
		Person newcomer = this.fixtures.staff();
		this.mvc
			.perform(post("/workgroups/{id}/members", workgroup.getId()).param("personId", newcomer.getId().toString())
				.with(csrf())
				.with(as(lead)))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/admin/audit").param("type", "Workgroup").param("actor", lead.getEmail()).with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Member added")))
			.andExpect(content().string(containsString(lead.getEmail())));
		this.mvc.perform(get("/admin/audit").param("type", "Plan").param("actor", lead.getEmail()).with(as(admin)))
			.andExpect(content().string(not(containsString("Member added"))));
		this.mvc.perform(get("/admin/audit").param("from", "yesterday").param("actor", "%").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a date such as 2026-12-31.")))
			.andExpect(content().string(containsString("value=\"yesterday\"")));
		this.mvc.perform(get("/admin/audit.csv").param("actor", lead.getEmail()).with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(content().string(containsString("at,actor,action,entity_type,entity_id,summary,before,after")))
			.andExpect(content().string(containsString("Member added")));
		this.mvc.perform(get("/admin/audit").with(as(lead))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/audit.csv").with(as(this.fixtures.person(SystemRole.LEADERSHIP))))
			.andExpect(status().isForbidden());
	}

	@Test
	void csvCellsThatASpreadsheetWouldRunAreDefused() {
		assertThat(CsvCells.safe("=HYPERLINK(\"x\")")).startsWith("'=");
		assertThat(CsvCells.safe("plain")).isEqualTo("plain");
	}

}
