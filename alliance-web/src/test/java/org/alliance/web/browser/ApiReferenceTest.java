package org.alliance.web.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's reference (Swagger UI) works for a signed-in person under the app's content
 * security policy: it loads the app's own OpenAPI document and lists its operations.
 */
class ApiReferenceTest extends BrowserTestSupport {

	@Test
	void signedInPeopleReadTheApiReference() {
		signIn("member@example.org");
		open("/account/tokens");
		this.driver.findElement(By.linkText("API reference (OpenAPI)")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-tag")));
		String page = this.driver.findElement(By.tagName("body")).getText();
		assertThat(page).contains("Alliance API", "Action steps", "Indicators", "Workgroups")
			.doesNotContain("petstore");
		assertThat(this.driver.findElements(By.cssSelector(".opblock"))).hasSize(16);
	}

}
