package org.alliance.web.browser;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.stream.Collectors;

import org.alliance.web.support.PdfText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's journey in a real browser: a member drafts and screens an analysis, writes
 * its six steps, records an impact and adds a mitigation that becomes a step; a lead
 * signs it off; leadership reads it and its PDF. Screenshots of each stage.
 */
class ImpactAnalysisJourneyTest extends BrowserTestSupport {

	@Test
	void aMemberAnalysesALeadSignsOffAndLeadershipReadsItAndItsPdf() throws Exception {
		String title = "Evening clinic hours " + UUID.randomUUID().toString().substring(0, 6);
		String mitigation = "Keep one late clinic a week at the community centre " + title.substring(21);
		signIn("member@example.org");
		open("/analyses");
		waitFor(By.linkText("Start an impact analysis")).click();
		new Select(waitFor(By.id("workgroupId"))).selectByVisibleText("Data Gathering and Analysis");
		this.driver.findElement(By.id("title")).sendKeys(title);
		new Select(this.driver.findElement(By.id("subjectKind"))).selectByValue("SERVICE_CHANGE");
		this.driver.findElement(By.id("description"))
			.sendKeys("Outpatient clinics close at 17:00 instead of 19:00 to cover staff shortages.");
		this.driver.findElement(By.id("reviewDate")).sendKeys("06302027");
		Browser.screenshot(this.driver, "analysis-new");
		this.driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
		assertThat(waitFor(By.cssSelector(".flash-success")).getText()).contains("The impact analysis is started.");
		String analysisUrl = this.driver.getCurrentUrl();
		assertThat(this.driver.findElement(By.id("analysis-status")).getText()).isEqualTo("Draft");

		// screening: any concern calls for the full analysis
		this.driver.findElement(By.xpath("//button[normalize-space()='Start the screening']")).click();
		new Select(waitFor(By.id("negative"))).selectByValue("YES");
		new Select(this.driver.findElement(By.id("access"))).selectByValue("YES");
		new Select(this.driver.findElement(By.id("unknown"))).selectByValue("NO");
		Browser.screenshot(this.driver, "analysis-screening");
		this.driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
		assertThat(waitFor(By.cssSelector(".flash-success")).getText()).contains("a full analysis is required");
		assertThat(this.driver.findElement(By.id("still-missing")).getText()).contains("1. Desired results");

		// the six steps, quoting an indicator
		this.driver.findElement(By.linkText("Write the six steps")).click();
		waitFor(By.id("desiredResults")).sendKeys("People who work during the day can still reach a clinic.");
		this.driver.findElement(By.cssSelector("input[name=indicatorIds]")).click();
		this.driver.findElement(By.id("dataNotes")).sendKeys("No figures yet on who uses the evening hours.");
		this.driver.findElement(By.id("engagementGroups")).sendKeys("Shift workers; parents of school-age children.");
		this.driver.findElement(By.id("engagementMethods")).sendKeys("A survey at the front desk for four weeks.");
		this.driver.findElement(By.id("engagementHeard")).sendKeys("Evening hours are the only time many can come.");
		this.driver.findElement(By.id("implementation")).sendKeys("Close early in two clinics only, for three months.");
		this.driver.findElement(By.id("accountability")).sendKeys("Report use of the late clinic monthly.");
		this.driver.findElement(By.id("publicSummary")).sendKeys("We kept one late clinic a week.");
		Browser.screenshot(this.driver, "analysis-six-steps");
		this.driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
		assertThat(waitFor(By.cssSelector(".flash-success")).getText()).contains("The analysis is saved.");
		assertThat(this.driver.findElements(By.cssSelector("#step2-heading ~ h3"))).isNotEmpty();

		// step four: an impact, and its mitigation as a new step of the plan
		new Select(this.driver.findElement(By.id("groupId"))).selectByVisibleText("Age band: 25-44");
		new Select(this.driver.findElement(By.id("impact"))).selectByValue("NEGATIVE");
		this.driver.findElement(By.id("evidence")).sendKeys("Most people who come after 17:00 are of working age.");
		this.driver.findElement(By.xpath("//button[normalize-space()='Record the impact']")).click();
		assertThat(waitFor(By.cssSelector(".flash-success")).getText()).contains("The impact is recorded.");
		waitFor(By.linkText("Add a mitigation")).click();
		waitFor(By.id("title")).sendKeys(mitigation);
		new Select(this.driver.findElement(By.id("aimId"))).selectByIndex(1);
		this.driver.findElement(By.id("dueDate")).sendKeys("03312027");
		Browser.screenshot(this.driver, "analysis-mitigation");
		this.driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
		assertThat(waitFor(By.cssSelector(".flash-success")).getText()).contains("added as an action step");
		WebElement effects = this.driver.findElement(By.id("effects-table"));
		assertThat(effects.getText()).contains(mitigation).contains("Not started").contains("0%");
		this.driver.findElement(By.xpath("//button[normalize-space()='Submit for sign-off']")).click();
		assertThat(waitFor(By.cssSelector(".flash-success")).getText()).contains("submitted for sign-off");
		assertThat(this.driver.findElements(By.id("decision-form"))).as("the owner does not decide").isEmpty();
		Browser.screenshot(this.driver, "analysis-submitted");

		// the workgroup's lead signs it off
		this.driver.manage().deleteAllCookies();
		signIn("lead@example.org");
		this.driver.get(analysisUrl);
		new Select(waitFor(By.id("decision"))).selectByValue("PROCEED_WITH_MITIGATIONS");
		this.driver.findElement(By.id("comment")).sendKeys("Go ahead in two clinics with the late clinic kept.");
		Browser.screenshot(this.driver, "analysis-sign-off");
		this.driver.findElement(By.xpath("//button[normalize-space()='Record the decision']")).click();
		assertThat(waitFor(By.cssSelector(".flash-success")).getText()).contains("The analysis is signed off.");
		assertThat(this.driver.findElement(By.id("analysis-status")).getText()).isEqualTo("Signed off");

		// leadership reads it, and its PDF
		this.driver.manage().deleteAllCookies();
		signIn("director@example.org");
		open("/analyses");
		waitFor(By.linkText(title)).click();
		WebElement content = waitFor(By.id("content"));
		assertThat(content.getText()).contains("Proceed with mitigations", mitigation,
				"Go ahead in two clinics with the late clinic kept.");
		assertThat(this.driver.findElements(By.cssSelector("#content form"))).as("leadership only reads").isEmpty();
		Browser.screenshot(this.driver, "analysis-leadership");
		String pdfHref = this.driver.findElement(By.linkText("Download as PDF")).getAttribute("href");
		HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(pdfHref))
				.header("Cookie",
						this.driver.manage()
							.getCookies()
							.stream()
							.map((Cookie c) -> c.getName() + "=" + c.getValue())
							.collect(Collectors.joining("; ")))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(PdfText.of(pdf.body())).contains(title, "Proceed with mitigations", "Keep one late clinic a week",
				"People who work during the day can still reach a clinic.");
	}

}
