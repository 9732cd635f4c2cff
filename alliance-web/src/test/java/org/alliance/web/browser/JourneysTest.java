package org.alliance.web.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/** What each role comes to do, in a real browser, with a screenshot of what they see. */
class JourneysTest extends BrowserTestSupport {

	@Test
	void memberFindsAStepAndPostsAnUpdate() {
		signIn("member@example.org");
		Browser.screenshot(this.driver, "member-home");
		this.driver.findElement(By.cssSelector(".step-card a.button")).click();
		waitFor(By.id("update-heading"));
		new Select(this.driver.findElement(By.id("status"))).selectByValue("IN_PROGRESS");
		WebElement percent = this.driver.findElement(By.id("percent"));
		percent.clear();
		percent.sendKeys("60");
		this.driver.findElement(By.id("narrative")).sendKeys("Draft shared with the providers' network");
		this.driver.findElement(By.cssSelector("#update button[type=submit]")).click();
		assertThat(waitFor(By.cssSelector(".flash-success")).getText()).contains("Your update has been saved.");
		assertThat(this.driver.findElement(By.cssSelector(".timeline")).getText())
			.contains("Draft shared with the providers' network");
		Browser.screenshot(this.driver, "member-update-saved");
	}

	@Test
	void memberFindsAStepBySearchAndAttachesAPdfThenTheLeadDiscussesItAndSortsTheWorkgroupsSteps() throws Exception {
		signIn("member@example.org");
		this.driver.findElement(By.id("header-q")).sendKeys("screening tool");
		this.driver.findElement(By.cssSelector(".header-search button")).click();
		waitFor(By.linkText("Review screening tools for cultural bias")).click();
		waitFor(By.id("update-heading"));
		Path pdf = Files.createTempFile("screening-review", ".pdf");
		Files.write(pdf, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
		new Select(this.driver.findElement(By.id("status"))).selectByValue("IN_PROGRESS");
		WebElement percent = this.driver.findElement(By.id("percent"));
		percent.clear();
		percent.sendKeys("45");
		this.driver.findElement(By.id("narrative")).sendKeys("Review notes from the first two tools attached");
		this.driver.findElement(By.id("evidence")).sendKeys(pdf.toAbsolutePath().toString());
		Browser.screenshot(this.driver, "member-update-with-evidence");
		this.driver.findElement(By.cssSelector("#update button[type=submit]")).click();
		assertThat(waitFor(By.cssSelector(".flash-success")).getText()).contains("Your update has been saved.");
		assertThat(this.driver.findElement(By.cssSelector(".evidence-list")).getText())
			.contains(pdf.getFileName().toString());
		String stepUrl = this.driver.getCurrentUrl();
		Browser.screenshot(this.driver, "member-evidence-in-history");

		this.driver.manage().deleteAllCookies();
		signIn("lead@example.org");
		this.driver.get(stepUrl);
		waitFor(By.id("comments-heading"));
		this.driver.findElement(By.id("body"))
			.sendKeys("Thanks @member@example.org, can you add the third tool's notes by Friday?");
		this.driver.findElement(By.xpath("//button[normalize-space()='Add comment']")).click();
		assertThat(waitFor(By.cssSelector(".flash-success")).getText()).contains("Your comment is added.");
		assertThat(this.driver.findElement(By.id("comments")).getText()).contains("can you add the third tool's notes");
		Browser.screenshot(this.driver, "lead-comment");

		open("/workgroups");
		waitFor(By.linkText("Data Gathering and Analysis")).click();
		waitFor(By.xpath("//th//a[starts-with(normalize-space(), 'Progress')]")).click();
		WebElement sorted = waitFor(By.cssSelector("th[aria-sort=ascending]"));
		assertThat(sorted.getText()).startsWith("Progress");
		this.driver.findElement(By.xpath("//th//a[starts-with(normalize-space(), 'Progress')]")).click();
		assertThat(waitFor(By.cssSelector("th[aria-sort=descending]")).getText()).startsWith("Progress");
		Browser.screenshot(this.driver, "lead-workgroup-steps-sorted");
	}

	@Test
	void leadCreatesAndAssignsAStepAndAddsAMember() {
		signIn("lead@example.org");
		open("/workgroups");
		this.driver.findElement(By.linkText("Data Gathering and Analysis")).click();
		waitFor(By.id("people-heading"));
		String workgroupUrl = this.driver.getCurrentUrl();
		this.driver.findElement(By.linkText("Create an action step")).click();
		String title = "Check interpreter coverage " + UUID.randomUUID().toString().substring(0, 6);
		waitFor(By.id("title")).sendKeys(title);
		new Select(this.driver.findElement(By.id("aimId"))).selectByIndex(3);
		new Select(this.driver.findElement(By.id("assigneeId"))).selectByVisibleText("Sam Okafor");
		this.driver.findElement(By.id("dueDate")).sendKeys("12312027");
		Browser.screenshot(this.driver, "lead-new-step");
		this.driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
		assertThat(waitFor(By.cssSelector(".flash-success")).getText()).contains("The step has been created.");
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
		assertThat(this.driver.findElement(By.cssSelector(".facts")).getText()).contains("Sam Okafor");

		this.driver.get(workgroupUrl);
		Select candidates = new Select(waitFor(By.id("add-member")));
		String newcomer = candidates.getOptions().get(1).getText();
		candidates.selectByIndex(1);
		this.driver.findElement(By.xpath("//button[normalize-space()='Add member']")).click();
		assertThat(waitFor(By.cssSelector(".flash-success")).getText()).contains("The member has been added.");
		assertThat(this.driver.findElement(By.cssSelector("#content")).getText()).contains(newcomer);
		Browser.screenshot(this.driver, "lead-member-added");
	}

	@Test
	void administratorCreatesAWorkgroupAndAssignsItsLead() {
		signIn("admin@example.org");
		open("/workgroups");
		this.driver.findElement(By.linkText("Create a workgroup")).click();
		String name = "Community Voices " + UUID.randomUUID().toString().substring(0, 6);
		waitFor(By.id("name")).sendKeys(name);
		this.driver.findElement(By.id("charge")).sendKeys("Bring people with lived experience into every decision.");
		new Select(this.driver.findElement(By.id("leadId"))).selectByVisibleText("Grace Mensah");
		this.driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
		assertThat(waitFor(By.cssSelector(".flash-success")).getText()).contains("The workgroup has been created.");
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo(name);

		new Select(this.driver.findElement(By.id("add-lead"))).selectByVisibleText("Elena Petrova");
		this.driver.findElement(By.xpath("//button[normalize-space()='Appoint lead']")).click();
		assertThat(waitFor(By.cssSelector(".flash-success")).getText()).contains("The lead has been appointed.");
		String leads = this.driver.findElement(By.cssSelector("#people-heading + h3 + ul")).getText();
		assertThat(leads).contains("Grace Mensah").contains("Elena Petrova");
		Browser.screenshot(this.driver, "admin-workgroup-with-leads");
	}

	@Test
	void leadershipReadsTheDashboard() {
		signIn("director@example.org");
		open("/dashboard");
		assertThat(waitFor(By.id("overall-percent")).getText()).matches("\\d{1,3}%");
		assertThat(this.driver.findElement(By.id("aim-progress")).findElements(By.cssSelector("tbody tr"))).hasSize(5);
		assertThat(this.driver.findElement(By.id("workgroup-progress")).getText())
			.contains("Racial Equity Impact Analysis");
		assertThat(this.driver.findElement(By.id("status-counts")).getText()).contains("Blocked").contains("At risk");
		assertThat(this.driver.findElements(By.cssSelector("#update"))).isEmpty();
		Browser.screenshot(this.driver, "leadership-dashboard");
	}

	@Test
	void leadershipFollowsADisparityFromTheDashboardToItsIndicator() {
		signIn("director@example.org");
		open("/dashboard");
		WebElement panel = waitFor(By.id("disparities-table"));
		assertThat(panel.getText()).contains("Satisfaction with services").contains("Widening");
		panel.findElement(By.linkText("Satisfaction with services")).click();
		WebElement latest = waitFor(By.id("latest-table"));
		// the demo's smallest group (7 people a quarter) is never shown, nor its mean
		assertThat(latest.getText()).contains("Suppressed").contains("Fares worse");
		assertThat(this.driver.findElements(By.cssSelector("svg.chart polyline"))).isNotEmpty();
		assertThat(this.driver.findElement(By.id("history-table")).getAttribute("textContent")).contains("suppressed");
		Browser.screenshot(this.driver, "leadership-indicator");
		open("/commitments");
		this.driver.findElement(By.partialLinkText("panels where at least 50%")).click();
		assertThat(waitFor(By.id("compliance-summary")).getText())
			.matches(".*\\d+ of 12 recorded events met every target.*");
		assertThat(this.driver.findElement(By.id("events-table")).getText()).contains("Not met");
		Browser.screenshot(this.driver, "leadership-commitment-events");
	}

	@Test
	void administratorPublishesAVisitorReadsItInBothLanguagesAndAWithdrawnPageIsGone() {
		String page = "/public/plans/equity-and-inclusion-plan";
		signIn("admin@example.org");
		open("/admin/plans");
		demoPlansPublicPage().click();
		waitFor(By.id("slug"));
		// a step not yet public: tick it and give it a note for the public
		WebElement step = this.driver.findElements(By.cssSelector("input[name=steps]:not(:checked)")).get(0);
		String title = this.driver.findElement(By.cssSelector("label[for=" + step.getAttribute("id") + "]")).getText();
		step.click();
		String stepId = step.getAttribute("value");
		String note = "Now open to the public " + UUID.randomUUID().toString().substring(0, 6);
		this.driver.findElement(By.id("note-" + stepId)).sendKeys(note);
		Browser.screenshot(this.driver, "admin-publication-choices");
		this.driver.findElement(By.xpath("//button[normalize-space()='Save and publish']")).click();
		assertThat(waitFor(By.cssSelector(".flash-success")).getText()).contains("The plan is published");

		// a visitor, never signed in
		this.driver.manage().deleteAllCookies();
		open(page);
		assertThat(waitFor(By.tagName("h1")).getText()).startsWith("Equity and Inclusion Plan");
		assertThat(this.driver.findElement(By.id("content")).getText()).contains(title).contains(note);
		assertThat(this.driver.findElements(By.cssSelector(".account"))).isEmpty();
		Browser.screenshot(this.driver, "public-plan-en");
		this.driver.findElement(By.linkText("Español")).click();
		waitFor(By.cssSelector("html[lang=es]"));
		assertThat(this.driver.findElement(By.id("content")).getText()).contains("Objetivos").contains(note);
		Browser.screenshot(this.driver, "public-plan-es");

		// withdrawn: gone at once
		signIn("admin@example.org");
		open("/admin/plans");
		demoPlansPublicPage().click();
		this.driver.findElement(By.xpath("//button[normalize-space()='Withdraw the public page']")).click();
		assertThat(waitFor(By.cssSelector(".flash-success")).getText()).contains("withdrawn");
		this.driver.manage().deleteAllCookies();
		open(page);
		assertThat(waitFor(By.tagName("h1")).getText()).doesNotContain("Equity and Inclusion Plan");
		assertThat(this.driver.getPageSource()).doesNotContain(note);
		Browser.screenshot(this.driver, "public-plan-withdrawn");

		// published again, for the other browser tests
		signIn("admin@example.org");
		open("/admin/plans");
		demoPlansPublicPage().click();
		this.driver.findElement(By.xpath("//button[normalize-space()='Save and publish']")).click();
		assertThat(waitFor(By.cssSelector(".flash-success")).getText()).contains("The plan is published");
	}

	/**
	 * The demo plan's "Public page" link in the administrators' list of plans (other
	 * tests add plans to the list).
	 */
	private WebElement demoPlansPublicPage() {
		return this.driver.findElement(By.xpath(
				"//li[a[normalize-space()='Equity and Inclusion Plan 2026-2028']]//a[normalize-space()='Public page']"));
	}

}
