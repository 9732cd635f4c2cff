package org.alliance.web.browser;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18's journey in a real browser: someone without an account sends feedback (a bad
 * submission first, its text kept), follows the status link; a lead triages it, links a
 * step and answers; the lead writes the summary and an administrator approves it; it
 * appears on the public page. Screenshots of each stage.
 */
class FeedbackJourneyTest extends BrowserTestSupport {

	@Test
	void aVisitorIsHeardALeadAnswersAnAdministratorApprovesAndThePublicPageShowsIt() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String message = "The clinic closes at five, too early for shift workers " + tag;
		open("/feedback");
		waitFor(By.id("message")).sendKeys(message);
		this.driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
		assertThat(waitFor(By.cssSelector(".error-summary")).getText()).contains("Choose what your feedback is about.");
		assertThat(this.driver.findElement(By.id("message")).getAttribute("value")).isEqualTo(message);
		Browser.screenshot(this.driver, "feedback-form-errors");
		new Select(this.driver.findElement(By.id("topic"))).selectByValue("SERVICE_AREA");
		new Select(this.driver.findElement(By.id("serviceAreaId"))).selectByVisibleText("Outpatient clinics");
		this.driver.findElement(By.id("consent")).click();
		this.driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
		String reference = waitFor(By.id("reference")).getText();
		assertThat(this.driver.findElement(By.cssSelector(".flash-success")).getText()).contains(reference);
		String statusUrl = this.driver.getCurrentUrl();
		Browser.screenshot(this.driver, "feedback-status-received");

		signIn("lead@example.org");
		open("/feedback-items");
		waitFor(By.linkText(reference)).click();
		waitFor(By.xpath("//button[normalize-space()='Acknowledge']")).click();
		assertThat(waitFor(By.cssSelector(".flash-success")).getText()).contains("acknowledged");
		new Select(this.driver.findElement(By.id("workgroupId"))).selectByVisibleText("Data Gathering and Analysis");
		this.driver.findElement(By.xpath("//button[normalize-space()='Assign']")).click();
		assertThat(waitFor(By.cssSelector(".flash-success")).getText()).contains("assigned");
		String itemUrl = this.driver.getCurrentUrl();
		open("/my-steps");
		String stepHref = waitFor(By.cssSelector("a[href*='/action-steps/']")).getAttribute("href");
		String stepId = stepHref.replaceAll(".*/action-steps/(\\d+).*", "$1");
		this.driver.get(itemUrl);
		waitFor(By.id("stepId")).sendKeys(stepId);
		this.driver.findElement(By.xpath("//button[normalize-space()='Link the step']")).click();
		assertThat(waitFor(By.cssSelector(".flash-success")).getText()).contains("linked");
		new Select(this.driver.findElement(By.id("outcome"))).selectByValue("TAKEN_FORWARD");
		this.driver.findElement(By.id("response"))
			.sendKeys("From January one clinic stays open until 8 pm on Thursdays.");
		this.driver.findElement(By.xpath("//button[normalize-space()='Save the answer']")).click();
		assertThat(waitFor(By.cssSelector(".flash-success")).getText()).contains("answer is saved");
		waitFor(By.id("youSaid")).sendKeys("Clinic hours are too short for shift workers " + tag);
		this.driver.findElement(By.id("weDid")).sendKeys("One clinic stays open until 8 pm on Thursdays.");
		Browser.screenshot(this.driver, "feedback-lead-answer");
		this.driver.findElement(By.xpath("//button[normalize-space()='Save the summary']")).click();
		assertThat(waitFor(By.cssSelector(".flash-success")).getText()).contains("summary is saved");

		this.driver.manage().deleteAllCookies();
		signIn("admin@example.org");
		this.driver.get(itemUrl);
		waitFor(By.xpath("//button[normalize-space()='Approve and publish']")).click();
		assertThat(waitFor(By.cssSelector(".flash-success")).getText()).contains("approved and published");
		Browser.screenshot(this.driver, "feedback-admin-approved");

		this.driver.manage().deleteAllCookies();
		open("/public/you-said-we-did");
		assertThat(waitFor(By.id("content")).getText()).contains("Clinic hours are too short for shift workers " + tag,
				"One clinic stays open until 8 pm on Thursdays.");
		Browser.screenshot(this.driver, "feedback-you-said-we-did");
		this.driver.get(statusUrl);
		assertThat(waitFor(By.id("content")).getText()).contains("Taken forward",
				"From January one clinic stays open until 8 pm on Thursdays.");
		Browser.screenshot(this.driver, "feedback-status-answered");
	}

}
