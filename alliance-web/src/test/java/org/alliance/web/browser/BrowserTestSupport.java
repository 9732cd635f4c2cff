package org.alliance.web.browser;

import java.time.Duration;

import org.alliance.persistence.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running application with the demo plan, on a database of its own, driven by a real
 * headless Chromium. Each test gets a fresh browser; a failed test leaves a screenshot
 * under target/screenshots/failed.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "alliance.demo.enabled=true")
abstract class BrowserTestSupport {

	static final String PASSWORD = "alliance-demo";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.registerSeparate(registry, "browser_test");
	}

	@LocalServerPort
	int port;

	WebDriver driver;

	/** A failed test leaves a screenshot of where the browser was. */
	@RegisterExtension
	final AfterTestExecutionCallback screenshotOnFailure = (context) -> {
		if (context.getExecutionException().isPresent() && this.driver != null) {
			String name = "failed/" + context.getRequiredTestClass().getSimpleName() + "-"
					+ context.getDisplayName().replaceAll("[^A-Za-z0-9]+", "-");
			try {
				Browser.fullPageScreenshot(this.driver, name);
			}
			catch (RuntimeException ex) {
				// the browser may be what failed; the test's own failure is what matters
			}
		}
	};

	@BeforeEach
	void startBrowser() {
		this.driver = Browser.start();
		Axe.install(this.driver);
	}

	@AfterEach
	void stopBrowser() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	void open(String path) {
		this.driver.get(url(path));
	}

	void signIn(String email) {
		open("/login");
		this.driver.findElement(By.id("username")).sendKeys(email);
		this.driver.findElement(By.id("password")).sendKeys(PASSWORD);
		this.driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
		waitFor(By.cssSelector(".account"));
	}

	WebElement waitFor(By by) {
		return new WebDriverWait(this.driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(by));
	}

}
