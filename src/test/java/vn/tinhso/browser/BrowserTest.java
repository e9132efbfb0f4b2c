package vn.tinhso.browser;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.tinhso.support.IntegrationTest;

/**
 * Base for tests that drive the running application through a real headless Chromium. One browser
 * per test class (started before the first test, quit after the last, with its own throw-away
 * profile); every test starts without cookies. Waits are explicit: every navigation waits for the
 * old page to go away and the new one to load.
 */
public abstract class BrowserTest extends IntegrationTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(15);

	private static ChromeDriver driver;
	private static Path profile;

	protected WebDriver browser;
	protected WebDriverWait waiting;

	/** On failure, keeps what the browser showed: target/browser-failures/<Class>.<test>.{png,html}. */
	@RegisterExtension
	final TestWatcher snapshotOnFailure = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			snapshot(context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName());
		}
	};

	@BeforeAll
	static void startBrowser() throws IOException {
		profile = Files.createTempDirectory("tinhso-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(new File("/usr/bin/chromedriver"))
				.usingAnyFreePort()
				.build();
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(TIMEOUT);
	}

	@AfterAll
	static void quitBrowser() throws IOException {
		try {
			if (driver != null) {
				driver.quit();
			}
		}
		finally {
			driver = null;
			deleteProfile();
		}
	}

	@BeforeEach
	void freshBrowserSession() {
		browser = driver;
		waiting = new WebDriverWait(driver, TIMEOUT);
		clearCookies();
	}

	/** Forgets every cookie of every site (the application's and any other server's on localhost). */
	protected void clearCookies() {
		driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
	}

	/** Opens a path of the application (or an absolute URL) and waits until the page has loaded. */
	protected void open(String pathOrUrl) {
		browser.get(pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl() + pathOrUrl);
		waitForLoad();
	}

	/** Clicks something that navigates (link or submit button) and waits for the next page. */
	protected void clickAndWait(WebElement element) {
		WebElement oldPage = browser.findElement(By.tagName("html"));
		click(element);
		waiting.until(ExpectedConditions.stalenessOf(oldPage));
		waitForLoad();
	}

	/**
	 * Clicks after bringing the element into view instantly: Bootstrap makes scrolling smooth, and a
	 * click made while the page still moves lands on whatever is under the element's old position.
	 */
	protected void click(WebElement element) {
		driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

	protected void clickAndWait(By locator) {
		clickAndWait(waiting.until(ExpectedConditions.elementToBeClickable(locator)));
	}

	/** Signs in through the application's login form. */
	protected void logIn(String username, String password) {
		open("/login");
		type(By.id("username"), username);
		type(By.id("password"), password);
		clickAndWait(By.cssSelector("main form button[type=submit]"));
	}

	/** Signs out with the header's "Đăng xuất" button. */
	protected void logOut() {
		clickAndWait(By.xpath("//header//form//button[normalize-space()='Đăng xuất']"));
	}

	protected void type(By locator, String text) {
		WebElement field = waiting.until(ExpectedConditions.visibilityOfElementLocated(locator));
		field.clear();
		field.sendKeys(text);
	}

	protected void choose(By selectLocator, String value) {
		new Select(browser.findElement(selectLocator)).selectByValue(value);
	}

	protected String text(By locator) {
		return waiting.until(ExpectedConditions.visibilityOfElementLocated(locator)).getText();
	}

	/** The path of the page the browser is on, without query. */
	protected String currentPath() {
		return URI.create(browser.getCurrentUrl()).getPath();
	}

	protected String currentQuery() {
		return URI.create(browser.getCurrentUrl()).getQuery();
	}

	protected void waitForLoad() {
		waiting.until(d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
	}

	private static void snapshot(String name) {
		if (driver == null) {
			return;
		}
		try {
			Path dir = Files.createDirectories(Path.of("target", "browser-failures"));
			Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
			Files.writeString(dir.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
		}
		catch (IOException | RuntimeException e) {
			System.err.println("No browser snapshot for " + name + ": " + e);
		}
	}

	private static void deleteProfile() throws IOException {
		if (profile == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(profile)) {
			files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		profile = null;
	}
}
