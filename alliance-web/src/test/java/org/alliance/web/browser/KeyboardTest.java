package org.alliance.web.browser;

import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/** A member signs in, finds a step and posts an update with the keyboard alone. */
class KeyboardTest extends BrowserTestSupport {

	private WebElement active() {
		return this.driver.switchTo().activeElement();
	}

	/**
	 * Keystrokes to the page, as a keyboard sends them (not to an element: sent to a file
	 * input, keys would be read as a file's path).
	 */
	private void press(CharSequence... keys) {
		new Actions(this.driver).sendKeys(keys).perform();
	}

	/**
	 * Tabs forward until the focused element matches, failing after a bounded number of
	 * presses.
	 */
	private WebElement tabTo(String description, Predicate<WebElement> matches) {
		for (int i = 0; i < 80; i++) {
			press(Keys.TAB);
			WebElement element = active();
			if (matches.test(element)) {
				String outline = (String) ((JavascriptExecutor) this.driver)
					.executeScript("return getComputedStyle(document.activeElement).outlineStyle;");
				assertThat(outline).as("visible focus on " + description).isNotEqualTo("none");
				return element;
			}
		}
		throw new AssertionError("Could not reach " + description + " with the Tab key");
	}

	@Test
	void memberSignsInFindsAStepAndPostsAnUpdateWithTheKeyboardAlone() {
		open("/login");
		WebElement skip = tabTo("skip link", (e) -> "skip-link".equals(e.getAttribute("class")));
		assertThat(skip.getText()).isEqualTo("Skip to main content");
		press(Keys.ENTER);
		assertThat(active().getAttribute("id")).isEqualTo("main");

		tabTo("e-mail field", (e) -> "username".equals(e.getAttribute("id")));
		press("member@example.org");
		press(Keys.TAB);
		press(PASSWORD);
		press(Keys.ENTER);
		waitFor(By.cssSelector(".account"));

		WebElement link = tabTo("an update link", (e) -> "a".equals(e.getTagName()) && e.getAttribute("href") != null
				&& e.getAttribute("href").endsWith("#update"));
		String stepPath = link.getAttribute("href").replace(url(""), "").replace("#update", "");
		press(Keys.ENTER);
		waitFor(By.id("update-heading"));
		assertThat(this.driver.getCurrentUrl()).contains(stepPath);

		tabTo("status", (e) -> "status".equals(e.getAttribute("id")));
		press("At risk");
		tabTo("percent", (e) -> "percent".equals(e.getAttribute("id")));
		press(Keys.chord(Keys.CONTROL, "a"), "45");
		// Enter in a text field submits its form
		press(Keys.ENTER);
		// at risk without a narrative: the error summary and the field error appear, the
		// input is kept
		waitFor(By.cssSelector(".error-summary"));
		// the error summary has the focus (a screen reader reads it first) and the title
		// says there is an error
		assertThat(active().getAttribute("class")).contains("error-summary");
		assertThat(this.driver.getTitle()).startsWith("Error: ");
		// its first link leads to the field with the problem
		press(Keys.TAB);
		assertThat(active().getAttribute("href")).endsWith("#narrative");
		assertThat(this.driver.findElement(By.id("narrative")).getAttribute("aria-describedby"))
			.contains("narrative-error");
		assertThat(this.driver.findElement(By.id("percent")).getAttribute("value")).isEqualTo("45");
		assertThat(Axe.violations(this.driver)).as("form with errors").isEmpty();
		Browser.screenshot(this.driver, "keyboard-form-errors");

		tabTo("narrative", (e) -> "narrative".equals(e.getAttribute("id")));
		press("Waiting for two providers to send data");
		tabTo("save button", (e) -> "button".equals(e.getTagName()) && "submit".equals(e.getAttribute("type"))
				&& e.getText().equals("Save update"));
		press(Keys.ENTER);
		WebElement flash = waitFor(By.cssSelector(".flash-success"));
		assertThat(flash.getText()).contains("Your update has been saved.");
		assertThat(this.driver.findElement(By.cssSelector(".timeline")).getText())
			.contains("Waiting for two providers to send data");
		List<WebElement> statuses = this.driver.findElements(By.cssSelector(".facts .status"));
		assertThat(statuses).first().extracting(WebElement::getText).asString().contains("At risk");
		Browser.screenshot(this.driver, "keyboard-update-saved");
	}

}
