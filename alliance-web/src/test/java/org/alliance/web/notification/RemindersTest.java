package org.alliance.web.notification;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.alliance.application.notification.Digests;
import org.alliance.application.notification.NotificationSettingsService;
import org.alliance.application.notification.OutboxSender;
import org.alliance.domain.person.Person;
import org.alliance.domain.person.SystemRole;
import org.alliance.domain.plan.Aim;
import org.alliance.domain.plan.Plan;
import org.alliance.domain.step.ActionStep;
import org.alliance.domain.step.StepStatus;
import org.alliance.domain.workgroup.Workgroup;
import org.alliance.application.notification.NotificationSettingsStore.Digest;
import org.alliance.application.notification.NotificationSettingsStore.Settings;
import org.alliance.application.notification.OutboxStore;
import org.alliance.application.notification.OutboxStore.Kind;
import org.alliance.application.notification.OutboxStore.Message;
import org.alliance.application.notification.OutboxStore.NewMessage;
import org.alliance.application.notification.OutboxStore.Status;
import org.alliance.persistence.person.PersonRepository;
import org.alliance.persistence.step.ActionStepRepository;
import org.alliance.persistence.testsupport.TestDatabase;
import org.alliance.web.AllianceApplication;
import org.alliance.web.security.AllianceUser;
import org.alliance.web.support.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reminders and digests through a real SMTP server in the test JVM (GreenMail), on a
 * database of their own: what each role's digest says, nothing when nothing is due,
 * pause, unsubscribe without signing in, messages on assignment and administrators'
 * reminders, retries after the server refused, nothing for a disabled account, and each
 * message sent exactly once with two instances on one database.
 */
@Tag("database")
@SpringBootTest(properties = { "alliance.demo.enabled=false", "alliance.mail.retry-delay=PT0S",
		"alliance.mail.max-attempts=3", "alliance.base-url=https://alliance.example.org" })
@AutoConfigureMockMvc
@Import(Fixtures.class)
class RemindersTest {

	static final String DATABASE = "reminders_test";

	static final int SMTP_PORT = freePort();

	static final GreenMail SMTP = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	static {
		SMTP.start();
	}

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestDatabase.registerSeparate(registry, DATABASE);
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@AfterAll
	static void stopServer() {
		SMTP.stop();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Digests digests;

	@Autowired
	OutboxSender sender;

	@Autowired
	OutboxStore outbox;

	@Autowired
	NotificationSettingsService settings;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PersonRepository people;

	@Autowired
	ActionStepRepository steps;

	@Autowired
	Clock clock;

	LocalDate today;

	@BeforeEach
	void cleanSlate() throws Exception {
		// every test starts with an empty outbox, no digest composed today and nobody
		// but its own people wanting a digest
		this.jdbc.update("delete from digest_run");
		this.jdbc.update("delete from outbox_message");
		this.jdbc.update("update person set enabled = false");
		if (!SMTP.isRunning()) {
			SMTP.start();
		}
		SMTP.purgeEmailFromAllMailboxes();
		this.today = LocalDate.now(this.clock);
	}

	private Person daily(SystemRole role) {
		Person person = this.fixtures.person(role);
		this.settings.save(person.getId(), new Settings(Digest.DAILY, this.today.getDayOfWeek(), true, true, null));
		return person;
	}

	/**
	 * Someone who gets no digest, so only the test's own people do, whatever the weekday.
	 */
	private Person quiet() {
		Person person = this.fixtures.staff();
		this.settings.save(person.getId(), new Settings(Digest.OFF, this.today.getDayOfWeek(), true, true, null));
		return person;
	}

	private List<Message> queued(Person person) {
		return this.outbox.page(null, 0, 1000).stream().filter((m) -> m.personId() == person.getId()).toList();
	}

	private Message only(Person person, Kind kind) {
		List<Message> messages = queued(person).stream().filter((m) -> m.kind() == kind).toList();
		assertThat(messages).as("%s messages to %s", kind, person.getEmail()).hasSize(1);
		return messages.get(0);
	}

	private ActionStep step(Aim aim, Workgroup workgroup, Person assignee, LocalDate due, String title) {
		ActionStep step = this.fixtures.step(aim, workgroup, assignee, due);
		this.jdbc.update("update action_step set title = ? where id = ?", title, step.getId());
		return step;
	}

	@Test
	void eachRoleGetsItsOwnDigestAndSomeoneWithNothingDueGetsNone() throws Exception {
		Person lead = daily(SystemRole.STAFF);
		Person member = daily(SystemRole.STAFF);
		Person colleague = daily(SystemRole.STAFF);
		Person idle = daily(SystemRole.STAFF);
		Person director = daily(SystemRole.LEADERSHIP);
		Workgroup workgroup = this.fixtures.workgroup(lead, member, colleague, idle);
		Plan plan = this.fixtures.plan();
		Aim aim = this.fixtures.aim(plan, 1);
		step(aim, workgroup, member, this.today.minusDays(3), "Member overdue step");
		step(aim, workgroup, member, this.today.plusDays(9), "Member due soon step");
		step(aim, workgroup, member, this.today.plusMonths(3), "Member later step");
		step(aim, workgroup, colleague, this.today.minusDays(20), "Colleague long overdue step");
		step(aim, workgroup, idle, this.today.plusMonths(4), "Idle later step");
		// a draft plan reminds nobody
		Plan draft = this.fixtures.plan();
		this.jdbc.update("update plan set status = 'DRAFT' where id = ?", draft.getId());
		step(this.fixtures.aim(draft, 1), workgroup, member, this.today.minusDays(5), "Draft plan step");

		int queued = this.digests.composeToday();

		assertThat(queued).isEqualTo(4);
		assertThat(queued(idle)).as("nothing due: nothing sent").isEmpty();
		String mine = only(member, Kind.DIGEST).text();
		assertThat(mine)
			.contains("Member overdue step", "Overdue by 3 days", "Member due soon step", "Due within 14 days",
					"https://alliance.example.org/action-steps/")
			.doesNotContain("Member later step", "Colleague long overdue step", "Draft plan step", "Active plans");
		String leads = only(lead, Kind.DIGEST).text();
		assertThat(leads)
			.contains("Overdue by more than 14 days in the workgroups you lead", "Colleague long overdue step",
					"assigned to " + colleague.getDisplayName(), "Needing attention in the workgroups you lead",
					"Member overdue step")
			.doesNotContain("Member due soon step", "Idle later step");
		String directors = only(director, Kind.DIGEST).text();
		assertThat(directors).contains("Active plans", plan.getName(), "overdue: 2")
			.doesNotContain(draft.getName(), "Member overdue step");
		assertThat(this.digests.composeToday()).as("one digest per person and day").isZero();

		assertThat(this.sender.deliverDue()).isEqualTo(4);
		MimeMessage[] received = SMTP.getReceivedMessages();
		assertThat(received).hasSize(4);
		MimeMessage toMember = received(member.getEmail());
		assertThat(toMember.getSubject()).startsWith("Alliance digest for ");
		assertThat(toMember.getHeader("List-Unsubscribe")[0])
			.matches("<https://alliance\\.example\\.org/unsubscribe/[A-Za-z0-9_-]{43}/digest\\?lang=en>");
		assertThat(toMember.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(part(toMember, "text/plain")).contains("Member overdue step");
		assertThat(part(toMember, "text/html")).contains("<html lang=\"en\"", "Member overdue step",
				"href=\"https://alliance.example.org/action-steps/");
		assertThat(this.outbox.page(Status.SENT, 0, 100)).hasSize(4);
	}

	@Test
	void aPersonReadsTheirDigestInTheirLanguageAndHtmlIsEscaped() throws Exception {
		Person member = daily(SystemRole.STAFF);
		this.jdbc.update("update person set language = 'es', display_name = ? where id = ?", "<b>Ana</b> & \"Luz\"",
				member.getId());
		Workgroup workgroup = this.fixtures.workgroup(quiet(), member);
		Aim aim = this.fixtures.aim(this.fixtures.plan(), 1);
		step(aim, workgroup, member, this.today.minusDays(1), "<script>alert(1)</script> paso");
		this.digests.composeToday();
		Message digest = only(member, Kind.DIGEST);
		assertThat(digest.language()).isEqualTo("es");
		assertThat(digest.subject()).startsWith("Resumen de Alliance del ");
		assertThat(digest.text()).contains("Vencido hace 1 día", "Sus pasos que le necesitan");
		String page = this.mvc.perform(get(digest.unsubscribeUrl().replace("https://alliance.example.org", "")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).as("the unsubscribe page in its reader's language")
			.contains("lang=\"es\"", "¿Dejar de enviar resúmenes a " + member.getEmail() + "?");
		assertThat(digest.html())
			.contains("lang=\"es\"", "&lt;script&gt;alert(1)&lt;/script&gt; paso",
					"&lt;b&gt;Ana&lt;/b&gt; &amp; &quot;Luz&quot;")
			.doesNotContain("<script>", "<b>Ana</b>");
	}

	@Test
	void aPauseHoldsDigestsAndAssignmentMessagesUntilItEnds() throws Exception {
		Person lead = daily(SystemRole.STAFF);
		Person member = daily(SystemRole.STAFF);
		Workgroup workgroup = this.fixtures.workgroup(lead, member);
		Aim aim = this.fixtures.aim(this.fixtures.plan(), 1);
		step(aim, workgroup, member, this.today.minusDays(2), "Paused person's step");
		this.settings.save(member.getId(),
				new Settings(Digest.DAILY, this.today.getDayOfWeek(), true, true, this.today));

		this.digests.composeToday();
		assertThat(queued(member)).as("paused through today").isEmpty();
		this.mvc
			.perform(post("/workgroups/{id}/steps", workgroup.getId()).with(user(new AllianceUser(lead)))
				.with(csrf())
				.param("title", "Assigned while paused")
				.param("aimId", aim.getId().toString())
				.param("assigneeId", member.getId().toString())
				.param("weight", "1"))
			.andExpect(status().is3xxRedirection());
		assertThat(queued(member)).as("no message while paused").isEmpty();

		this.settings.save(member.getId(), new Settings(Digest.DAILY, this.today.getDayOfWeek(), true, true, null));
		this.jdbc.update("delete from digest_run");
		this.digests.composeToday();
		assertThat(only(member, Kind.DIGEST).text()).contains("Paused person's step");
	}

	@Test
	void aStepAssignedToSomeoneElseTellsThemOnceAndNeverTheOneWhoAssignedIt() throws Exception {
		Person lead = daily(SystemRole.STAFF);
		Person member = daily(SystemRole.STAFF);
		Person quiet = daily(SystemRole.STAFF);
		this.settings.save(quiet.getId(), new Settings(Digest.DAILY, this.today.getDayOfWeek(), false, true, null));
		Workgroup workgroup = this.fixtures.workgroup(lead, member, quiet);
		Aim aim = this.fixtures.aim(this.fixtures.plan(), 1);
		for (Person assignee : List.of(member, lead, quiet)) {
			this.mvc
				.perform(post("/workgroups/{id}/steps", workgroup.getId()).with(user(new AllianceUser(lead)))
					.with(csrf())
					.param("title", "Step for " + assignee.getDisplayName())
					.param("aimId", aim.getId().toString())
					.param("assigneeId", assignee.getId().toString())
					.param("dueDate", this.today.plusDays(30).toString())
					.param("weight", "1"))
				.andExpect(status().is3xxRedirection());
		}
		Message message = only(member, Kind.ASSIGNMENT);
		assertThat(message.subject()).isEqualTo("A step is yours: Step for " + member.getDisplayName());
		assertThat(message.text()).contains(lead.getDisplayName() + " assigned this step to you.")
			.contains("https://alliance.example.org/action-steps/");
		assertThat(message.unsubscribeUrl()).endsWith("/assignment?lang=en");
		assertThat(queued(lead)).as("who assigns a step to themselves is not told").isEmpty();
		assertThat(queued(quiet)).as("turned off").isEmpty();
	}

	/**
	 * A title with a line break and a forged header is refused where it is typed; one
	 * that reached the database another way (older data, a direct write) still gives a
	 * message with one-line headers and exactly its one recipient.
	 */
	@Test
	void lineBreaksInATitleNeverReachAMailHeader() throws Exception {
		Person lead = daily(SystemRole.STAFF);
		Person member = daily(SystemRole.STAFF);
		Workgroup workgroup = this.fixtures.workgroup(lead, member);
		Aim aim = this.fixtures.aim(this.fixtures.plan(), 1);
		String forged = "Budget review\r\nBcc: attacker@evil.example\r\nX-Injected: yes";
		String refused = this.mvc
			.perform(post("/workgroups/{id}/steps", workgroup.getId()).with(user(new AllianceUser(lead)))
				.with(csrf())
				.param("title", forged)
				.param("aimId", aim.getId().toString())
				.param("assigneeId", member.getId().toString())
				.param("dueDate", this.today.plusDays(30).toString())
				.param("weight", "1"))
			.andExpect(status().is(422))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Keep this on one line").contains("Budget review");
		assertThat(queued(member)).as("nothing was saved, so nobody was told").isEmpty();

		ActionStep step = step(aim, workgroup, member, this.today.plusDays(30), forged);
		this.mvc
			.perform(post("/action-steps/{id}/comments", step.getId()).with(user(new AllianceUser(member)))
				.with(csrf())
				.param("body", "Please look, @" + lead.getEmail()))
			.andExpect(status().is3xxRedirection());
		Message queuedMention = only(lead, Kind.MENTION);
		assertThat(queuedMention.subject()).doesNotContain("\r", "\n")
			.isEqualTo(member.getDisplayName()
					+ " mentioned you: Budget review Bcc: attacker@evil.example X-Injected: yes");
		// even a subject that was queued with line breaks leaves as one line
		this.jdbc.update("update outbox_message set subject = ? where id = ?", "Queued\r\nBcc: attacker@evil.example",
				queuedMention.id());
		assertThat(this.sender.deliverDue()).isEqualTo(1);
		MimeMessage[] received = SMTP.getReceivedMessages();
		assertThat(received).as("delivered to its one recipient, nobody else").hasSize(1);
		assertThat(received[0].getAllRecipients()).extracting(Object::toString).containsExactly(lead.getEmail());
		assertThat(received[0].getHeader("Bcc")).isNull();
		assertThat(received[0].getHeader("X-Injected")).isNull();
		assertThat(received[0].getHeader("Subject")).singleElement()
			.asString()
			.doesNotContain("\r", "\n")
			.isEqualTo("Queued Bcc: attacker@evil.example");
	}

	@Test
	void theUnsubscribeLinkWorksWithoutSigningInAndOnlyWithItsKey() throws Exception {
		Person member = daily(SystemRole.STAFF);
		String key = this.settings.unsubscribeKey(member.getId());
		String asked = this.mvc.perform(get("/unsubscribe/{key}/digest", key))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(asked).contains("Stop the digests to " + member.getEmail() + "?");
		assertThat(this.settings.of(member.getId()).digest()).as("opening the link changes nothing")
			.isEqualTo(Digest.DAILY);
		// the key with its first character changed (to one it does not have)
		String wrong = ((key.charAt(0) == 'x') ? "y" : "x") + key.substring(1);
		this.mvc.perform(get("/unsubscribe/{key}/digest", wrong)).andExpect(status().isNotFound());
		this.mvc.perform(get("/unsubscribe/{key}/everything", key)).andExpect(status().isNotFound());
		this.mvc.perform(post("/unsubscribe/{key}/digest", "wrong-key")).andExpect(status().isNotFound());

		// a mail program's one-click unsubscribe: a POST without a session or CSRF token
		String done = this.mvc
			.perform(post("/unsubscribe/{key}/digest", key).contentType("application/x-www-form-urlencoded")
				.content("List-Unsubscribe=One-Click"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(done).contains(member.getEmail() + " will get no more digests.");
		Settings after = this.settings.of(member.getId());
		assertThat(after.digest()).isEqualTo(Digest.OFF);
		assertThat(after.onAssignment()).as("only that kind of message").isTrue();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where entity_id = ? and summary = 'Unsubscribed by e-mail link'",
				Long.class, member.getId()))
			.isEqualTo(1L);
		this.digests.composeToday();
		assertThat(queued(member)).isEmpty();
	}

	@Test
	void aRefusedMessageIsTriedAgainAndGivenUpWithTheReasonAfterTheLastAttempt() throws Exception {
		Person member = daily(SystemRole.STAFF);
		long first = this.outbox.enqueue(message(member, "First"), this.clock.instant());
		SMTP.stop();
		assertThat(this.sender.deliverDue()).isZero();
		Message refused = this.outbox.find(first).orElseThrow();
		assertThat(refused.status()).isEqualTo(Status.QUEUED);
		assertThat(refused.attempts()).isEqualTo(1);
		assertThat(refused.lastError()).containsIgnoringCase("connect");
		SMTP.start();
		assertThat(this.sender.deliverDue()).isEqualTo(1);
		assertThat(this.outbox.find(first).orElseThrow().status()).isEqualTo(Status.SENT);
		assertThat(SMTP.getReceivedMessages()).hasSize(1);

		long second = this.outbox.enqueue(message(member, "Second"), this.clock.instant());
		SMTP.stop();
		for (int i = 0; i < 3; i++) {
			this.sender.deliverDue();
		}
		Message failed = this.outbox.find(second).orElseThrow();
		assertThat(failed.status()).as("given up after alliance.mail.max-attempts").isEqualTo(Status.FAILED);
		assertThat(failed.attempts()).isEqualTo(3);
		SMTP.start();
		Person admin = this.fixtures.person(SystemRole.ADMIN);
		assertThat(this.mvc.perform(get("/admin/mail?status=FAILED").with(user(new AllianceUser(admin))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Second", "Failed (1)");
		this.mvc.perform(post("/admin/mail/{id}/retry", second).with(user(new AllianceUser(admin))).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.sender.deliverDue()).isEqualTo(1);
		assertThat(this.outbox.find(second).orElseThrow().status()).isEqualTo(Status.SENT);
	}

	@Test
	void aDisabledAccountGetsNoDigestAndItsQueuedMessagesAreCancelled() throws Exception {
		Person member = daily(SystemRole.STAFF);
		Workgroup workgroup = this.fixtures.workgroup(quiet(), member);
		step(this.fixtures.aim(this.fixtures.plan(), 1), workgroup, member, this.today.minusDays(2), "Overdue");
		long queued = this.outbox.enqueue(message(member, "Before disabling"), this.clock.instant());
		Person loaded = this.people.findById(member.getId()).orElseThrow();
		loaded.disable();
		this.people.save(loaded);

		assertThat(this.digests.composeToday()).isZero();
		assertThat(this.sender.deliverDue()).isZero();
		assertThat(SMTP.getReceivedMessages()).isEmpty();
		Message cancelled = this.outbox.find(queued).orElseThrow();
		assertThat(cancelled.status()).isEqualTo(Status.CANCELLED);
		assertThat(cancelled.lastError()).isEqualTo("The account is disabled.");
	}

	@Test
	void anAdministratorsReminderReachesEachMemberWithTheirOpenStepsAndTheNoteEscaped() throws Exception {
		Person lead = daily(SystemRole.STAFF);
		Person member = daily(SystemRole.STAFF);
		Person optedOut = daily(SystemRole.STAFF);
		this.settings.save(optedOut.getId(), new Settings(Digest.DAILY, this.today.getDayOfWeek(), true, false, null));
		Workgroup workgroup = this.fixtures.workgroup(lead, member, optedOut);
		Aim aim = this.fixtures.aim(this.fixtures.plan(), 1);
		step(aim, workgroup, member, this.today.plusMonths(2), "Member's open step");
		ActionStep done = step(aim, workgroup, member, this.today.plusMonths(2), "Member's finished step");
		this.jdbc.update("update action_step set status = ?, percent = 100 where id = ?", StepStatus.COMPLETED.name(),
				done.getId());
		Person admin = this.fixtures.person(SystemRole.ADMIN);
		this.mvc
			.perform(post("/admin/workgroups/{id}/reminder", workgroup.getId()).with(user(new AllianceUser(admin)))
				.with(csrf())
				.param("note", "Please update <img src=x onerror=alert(1)> before Friday"))
			.andExpect(status().is3xxRedirection());
		Message reminder = only(member, Kind.REMINDER);
		assertThat(reminder.subject()).isEqualTo("Reminder for " + workgroup.getName());
		assertThat(reminder.html()).contains("Member&#39;s open step", "&lt;img src=x onerror=alert(1)&gt;")
			.doesNotContain("<img", "finished step");
		assertThat(only(lead, Kind.REMINDER).text()).contains("You have no open steps in this workgroup.");
		assertThat(queued(optedOut)).isEmpty();
		String tooLong = this.mvc
			.perform(post("/admin/workgroups/{id}/reminder", workgroup.getId()).with(user(new AllianceUser(admin)))
				.with(csrf())
				.param("note", "n".repeat(1001)))
			.andExpect(status().is(422))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(tooLong).contains("Keep the note to 1,000 characters.", "n".repeat(1001));
	}

	@Test
	void theSettingsFormKeepsWhatWasTypedAndExplainsABadPause() throws Exception {
		Person member = daily(SystemRole.STAFF);
		String page = this.mvc
			.perform(post("/account/notifications").with(user(new AllianceUser(member)))
				.with(csrf())
				.param("digest", "WEEKLY")
				.param("digestDay", "FRIDAY")
				.param("_onAssignment", "on")
				.param("onReminder", "true")
				.param("_onReminder", "on")
				.param("pausedUntil", this.today.minusDays(1).toString()))
			.andExpect(status().is(422))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("The pause must end today or later.", "value=\"WEEKLY\" selected=\"selected\"",
				"value=\"FRIDAY\" selected=\"selected\"", "value=\"" + this.today.minusDays(1) + "\"");
		assertThat(this.settings.of(member.getId()).digest()).as("nothing saved").isEqualTo(Digest.DAILY);
		this.mvc
			.perform(post("/account/notifications").with(user(new AllianceUser(member)))
				.with(csrf())
				.param("digest", "WEEKLY")
				.param("digestDay", "FRIDAY")
				.param("_onAssignment", "on")
				.param("onReminder", "true")
				.param("_onReminder", "on")
				.param("pausedUntil", ""))
			.andExpect(status().is3xxRedirection());
		Settings saved = this.settings.of(member.getId());
		assertThat(saved.digest()).isEqualTo(Digest.WEEKLY);
		assertThat(saved.digestDay()).hasToString("FRIDAY");
		assertThat(saved.onAssignment()).isFalse();
		assertThat(saved.onReminder()).isTrue();
		this.mvc
			.perform(post("/account/notifications").with(csrf()).param("digest", "OFF").param("digestDay", "MONDAY"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.settings.of(member.getId()).digest()).as("not signed in: nothing changes")
			.isEqualTo(Digest.WEEKLY);
	}

	@Test
	void theHtmlPartIsShownToAdministratorsInASandbox() throws Exception {
		Person member = daily(SystemRole.STAFF);
		long id = this.outbox.enqueue(message(member, "Sandboxed"), this.clock.instant());
		Person admin = this.fixtures.person(SystemRole.ADMIN);
		MvcResult html = this.mvc.perform(get("/admin/mail/{id}/html", id).with(user(new AllianceUser(admin))))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(html.getResponse().getHeader("Content-Security-Policy")).startsWith("sandbox;")
			.contains("default-src 'none'");
		assertThat(html.getResponse().getContentAsString()).contains("<p>Sandboxed</p>");
		this.mvc.perform(get("/admin/mail/{id}", id).with(user(new AllianceUser(member))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/mail/{id}", id + 100_000).with(user(new AllianceUser(admin))))
			.andExpect(status().isNotFound());
	}

	@Test
	void withTwoInstancesOnOneDatabaseEachMessageAndEachDigestIsSentExactlyOnce() throws Exception {
		List<Person> people = new ArrayList<>();
		Aim aim = this.fixtures.aim(this.fixtures.plan(), 1);
		for (int i = 0; i < 12; i++) {
			Person person = daily(SystemRole.STAFF);
			people.add(person);
			step(aim, this.fixtures.workgroup(daily(SystemRole.STAFF), person), person, this.today.minusDays(1),
					"Step " + i);
		}
		for (int i = 0; i < 90; i++) {
			this.outbox.enqueue(message(people.get(i % people.size()), "Bulk " + i), this.clock.instant());
		}
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(AllianceApplication.class)
			.properties(Map.of("server.port", "0", "spring.datasource.url", TestDatabase.separateUrl(DATABASE),
					"spring.datasource.username", TestDatabase.username(), "spring.datasource.password",
					TestDatabase.password(), "alliance.demo.enabled", "false", "spring.jmx.enabled", "false",
					"spring.mail.host", "127.0.0.1", "spring.mail.port", String.valueOf(SMTP_PORT)))
			.run()) {
			Digests otherDigests = second.getBean(Digests.class);
			OutboxSender otherSender = second.getBean(OutboxSender.class);
			assertThat(together(this.digests::composeToday, otherDigests::composeToday))
				.as("digests composed by both instances at once: each person and each lead once")
				.isEqualTo(2 * people.size());
			assertThat(together(this.sender::deliverDue, otherSender::deliverDue)).isEqualTo(90 + 2 * people.size());
		}
		MimeMessage[] received = SMTP.getReceivedMessages();
		Set<String> ids = new HashSet<>();
		for (MimeMessage message : received) {
			ids.add(message.getHeader("X-Alliance-Message")[0]);
		}
		assertThat(received).hasSize(90 + 2 * people.size());
		assertThat(ids).as("no message twice").hasSize(received.length);
		assertThat(this.outbox.counts().get(Status.SENT)).isEqualTo(90L + 2 * people.size());
	}

	/** Runs both at the same moment on two threads and adds up what they return. */
	private static int together(Callable<Integer> one, Callable<Integer> other) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> results = new ArrayList<>();
			for (Callable<Integer> task : List.of(one, other)) {
				results.add(pool.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			int sum = 0;
			for (Future<Integer> result : results) {
				sum += result.get();
			}
			return sum;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private NewMessage message(Person person, String subject) {
		return new NewMessage(Kind.REMINDER, person.getId(), person.getEmail(), "en", subject, subject,
				"<!DOCTYPE html><html lang=\"en\"><body><p>" + subject + "</p></body></html>",
				"https://alliance.example.org/unsubscribe/k/reminder");
	}

	private static MimeMessage received(String address) throws Exception {
		for (MimeMessage message : SMTP.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(address)) {
				return message;
			}
		}
		throw new AssertionError("Nothing received for " + address);
	}

	/** The first part of this type, however deep the multipart nests it. */
	private static String part(Part part, String type) throws Exception {
		if (part.isMimeType(type)) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				String found = partOrNull(body, type);
				if (found != null) {
					return found;
				}
			}
		}
		throw new AssertionError("No " + type + " part");
	}

	private static String partOrNull(Part part, String type) throws Exception {
		try {
			return part(part, type);
		}
		catch (AssertionError ex) {
			return null;
		}
	}

}
