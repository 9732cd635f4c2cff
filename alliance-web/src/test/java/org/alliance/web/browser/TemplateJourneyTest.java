package org.alliance.web.browser;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22's journey in a real browser: an administrator starts a plan from the five-aims
 * template, unticks an aim, renames a step and sets the start date; the plan appears with
 * its due dates and workgroups; a member of the workgroup that owns its checklist ticks
 * an item, and the step's progress follows. Screenshots of each stage, one at phone
 * width.
 */
class TemplateJourneyTest extends BrowserTestSupport {

	@Test
	void anAdministratorStartsAPlanFromATemplateAndAMemberTicksItsChecklist() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		signIn("admin@example.org");
		open("/admin");
		waitFor(By.linkText("Plan templates: start a plan from a ready structure")).click();
		waitFor(By.cssSelector("a[aria-label='Start a plan from Equity and inclusion plan: five aims']")).click();
		WebElement name = waitFor(By.id("name"));
		name.clear();
		name.sendKeys("Equity plan from the template " + tag);
		// dated before the demo plan, so that lists showing the newest plan first still
		// start with the demo's
		((JavascriptExecutor) this.driver).executeScript("arguments[0].value = '2025-02-01'",
				this.driver.findElement(By.id("startDate")));
		((JavascriptExecutor) this.driver).executeScript("arguments[0].value = '2027-01-31'",
				this.driver.findElement(By.id("endDate")));
		// the Racial Equity Impact Analysis workgroup that exists is chosen for its part;
		// the other three parts go to new workgroups
		assertThat(new Select(this.driver.findElement(By.id("owner-impact"))).getFirstSelectedOption().getText())
			.isEqualTo("Racial Equity Impact Analysis");
		for (String part : List.of("education", "data", "assessment")) {
			new Select(this.driver.findElement(By.id("owner-" + part))).selectByValue("new");
			WebElement newName = this.driver.findElement(By.id("newName-" + part));
			newName.sendKeys(" " + tag);
		}
		WebElement aimTwo = this.driver.findElement(By.id("include-aim-culture"));
		assertThat(aimTwo.isSelected()).isTrue();
		aimTwo.click();
		assertThat(aimTwo.isSelected()).isFalse();
		WebElement library = this.driver.findElement(By.id("title-library"));
		library.clear();
		library.sendKeys("Build a shared library of equity resources " + tag);
		this.driver.manage().window().setSize(new Dimension(375, 900));
		Browser.screenshot(this.driver, "template-new-plan-375");
		this.driver.manage().window().setSize(new Dimension(1280, 900));
		this.driver.findElement(By.xpath("//button[normalize-space()='Create the plan']")).click();

		assertThat(waitFor(By.cssSelector(".flash-success")).getText()).contains("created from the template");
		String planUrl = this.driver.getCurrentUrl();
		String plan = this.driver.findElement(By.id("content")).getText();
		// four aims kept, renumbered; the unticked one is not there
		assertThat(plan)
			.contains("Equity plan from the template " + tag,
					"1. Understand how inequity and exclusion shape mental health and wellbeing",
					"2. Work as inclusively as possible in everything we do",
					"Build a shared library of equity resources " + tag)
			.doesNotContain("Keep a culture of compassion");
		// the library starts 30 days after 1 Feb 2025 and lasts 180: due 30 Aug 2025,
		// owned by the new Education and Communication workgroup
		WebElement row = this.driver
			.findElement(By.xpath("//tr[.//a[contains(., 'Build a shared library of equity resources " + tag + "')]]"));
		assertThat(row.getText()).contains("30 Aug 2025", "Education and Communication " + tag);
		Browser.screenshot(this.driver, "template-plan-created");

		this.driver.manage().deleteAllCookies();
		signIn("grace.mensah@example.org");
		this.driver.get(planUrl);
		waitFor(By.linkText("Answer the calls to action for providers and organisations")).click();
		assertThat(waitFor(By.id("checklist")).getText()).contains("0 of 7 items ticked");
		WebElement first = this.driver.findElement(By.cssSelector("ol.checklist > li"));
		first.findElement(By.tagName("summary")).click();
		WebElement note = first.findElement(By.tagName("textarea"));
		new WebDriverWait(this.driver, Duration.ofSeconds(5)).until((d) -> note.isDisplayed());
		note.sendKeys("Intake forms ask about race, ethnicity and language " + tag);
		Browser.screenshot(this.driver, "template-checklist-tick");
		first.findElement(By.cssSelector("button[type=submit]")).click();
		assertThat(waitFor(By.cssSelector(".flash-success")).getText()).contains("The item is ticked");
		String checklist = waitFor(By.id("checklist")).getText();
		assertThat(checklist).contains("1 of 7 items ticked",
				"Intake forms ask about race, ethnicity and language " + tag, "Grace Mensah");
		assertThat(this.driver.findElement(By.cssSelector(".facts")).getText()).contains("14%", "In progress");
		Browser.screenshot(this.driver, "template-checklist-ticked");
	}

}
