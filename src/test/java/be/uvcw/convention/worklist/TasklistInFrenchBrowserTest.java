package be.uvcw.convention.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.uvcw.convention.identity.Groups;
import be.uvcw.convention.testsupport.Browser;
import be.uvcw.convention.testsupport.HttpCalls;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Tasklist as a clerk and a signatory use it, in headless Chromium (fr-BE): the organisation in the
 * list and found by search, French form messages, impossible dates refused, « Terminer » enabled
 * again once the form is valid, a French 403 page. Screenshots go to target/screenshots (docs/img
 * holds copies of some).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TasklistInFrenchBrowserTest {

  static final Path SHOTS = Path.of("target", "screenshots");

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired org.camunda.bpm.engine.ManagementService management;

  @org.junit.jupiter.api.extension.RegisterExtension
  final org.junit.jupiter.api.extension.TestWatcher screenshotOnFailure = new org.junit.jupiter.api.extension.TestWatcher() {
    @Override
    public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
      if (browser != null) {
        browser.screenshot(SHOTS.resolve("failed-" + context.getRequiredTestMethod().getName() + ".png"));
      }
    }
  };

  Browser browser;
  WebDriver driver;
  FluentWait<WebDriver> wait;
  HttpCalls http;

  @BeforeAll
  void startBrowser() {
    assumeTrue(Browser.available(), "Debian's chromium and chromedriver are not installed");
    browser = Browser.start();
    driver = browser.driver();
    // Tasklist redraws its list while it refreshes: an element found a moment ago may be replaced.
    wait = browser.waitUpTo(Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class);
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void freshSession() {
    http = new HttpCalls(port);
    driver.manage().deleteAllCookies();
    driver.get("about:blank");
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private void logIn(String user) {
    driver.get(url("/camunda/app/tasklist/default/"));
    // The first load of Tasklist's 4 MB of scripts is slow on a busy 2-core machine.
    browser.waitUpTo(Duration.ofSeconds(90)).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']"))).sendKeys(user);
    driver.findElement(By.cssSelector("input[type='password']")).sendKeys(HttpCalls.PASSWORD);
    driver.findElement(By.cssSelector("button[type='submit']")).click();
    try {
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filter")));
    } catch (RuntimeException e) {
      browser.screenshot(SHOTS.resolve("failed-login.png"));
      try {
        java.nio.file.Files.writeString(SHOTS.resolve("failed-login.html"), driver.getPageSource());
      } catch (java.io.IOException ignored) {
        // the screenshot says enough
      }
      throw e;
    }
  }

  private String startRequest(String staff, String organisationName) {
    var started = http.post("/engine-rest/process-definition/key/onboarding/submit-form", staff, Map.of("variables",
        HttpCalls.stringVariables(OrganisationInTaskListsTest.request("CPAS", organisationName, "p-#@org.test", "s-#@org.test"))));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    return http.read(started).get("id").asText();
  }

  private void openFilter(String user, String name) {
    String id = http.getJson("/engine-rest/filter?nameLike=" + java.net.URLEncoder.encode(name + "%", java.nio.charset.StandardCharsets.UTF_8), user)
        .get(0).get("id").asText();
    driver.get(url("/camunda/app/tasklist/default/#/?filter=" + id));
  }

  private List<String> listedTaskNames() {
    return driver.findElements(By.cssSelector(".tasks-list li.task h4.task a"))
        .stream().map(WebElement::getText).filter(t -> !t.isBlank()).toList();
  }

  @Test
  void tasklistShowsTheOrganisationInTheListAndFindsItBySearch() {
    String staff = HttpCalls.person(identity, Groups.UNION_STAFF, "Claire", "Commis");
    long n = System.nanoTime() % 100000;
    String sombreffe = "CPAS de Sombreffe-" + n;
    String eghezee = "CPAS d'Éghezée-" + n;
    startRequest(staff, sombreffe);
    startRequest(staff, eghezee);

    logIn(staff);
    openFilter(staff, "Demandes d'adhésion");
    wait.until(d -> listedTaskNames().containsAll(List.of("Vérifier la demande — " + sombreffe, "Vérifier la demande — " + eghezee)));
    browser.screenshot(SHOTS.resolve("tasklist-organisation-in-list.png"));

    // Tasklist's search: its first criterion is the task's name, which carries the organisation.
    WebElement search = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[cam-widget-search] input.main-field, .cam-widget-search input[type='text']")));
    search.sendKeys("Sombreffe-" + n);
    search.sendKeys(Keys.ENTER);
    wait.until(d -> {
      List<String> names = listedTaskNames();
      return names.contains("Vérifier la demande — " + sombreffe) && names.stream().noneMatch(t -> t.contains(eghezee));
    });
    browser.screenshot(SHOTS.resolve("tasklist-search-organisation.png"));

    // The task's header names the organisation, not its tenant id.
    wait.until(d -> {
      d.findElement(By.xpath("//*[contains(@class,'tasks-list')]//a[contains(., \"" + sombreffe + "\")]")).click();
      return true;
    });
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-card .tenant-id"), sombreffe));
    browser.screenshot(SHOTS.resolve("tasklist-task-header.png"));
  }

  @Test
  void aFormWithBadInputSpeaksFrenchAndTerminerComesBackOnceItIsValid() {
    String staff = HttpCalls.person(identity, Groups.UNION_STAFF, "Claire", "Commis");
    String name = "CPAS de Jemeppe-" + System.nanoTime() % 100000;
    startRequest(staff, name);
    logIn(staff);
    openFilter(staff, "Demandes d'adhésion");
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[contains(@class,'tasks-list')]//a[contains(., \"" + name + "\")]"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[contains(@class,'task-card')]//*[normalize-space(text())='Prendre en charge']"))).click();

    WebElement refuse = wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//label[contains(., 'Refuser la demande')]")));
    refuse.click();
    WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='Terminer']")));
    complete.click();
    WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form-field-error li")));
    assertThat(error.getText()).isEqualTo("Ce champ est obligatoire.");
    assertThat(driver.getPageSource()).doesNotContain("Field is required");
    browser.screenshot(SHOTS.resolve("tasklist-form-french-messages.png"));

    // Switching to « Accepter » hides the reason: its error goes, « Terminer » is enabled without a reload.
    driver.findElement(By.xpath("//label[contains(., 'Accepter la demande')]")).click();
    wait.until(d -> d.findElements(By.cssSelector(".fjs-form-field-error li")).isEmpty());
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='Terminer']")));
  }

  @Test
  void anImpossibleDateIsRefusedInFrench() {
    String staff = HttpCalls.person(identity, Groups.UNION_STAFF, "Claire", "Commis");
    logIn(staff);
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(., 'Démarrer un processus')]"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[contains(@class,'modal')]//a[contains(., \"Signalement de tentative d'intrusion\")]"))).click();
    WebElement date = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-datepicker input")));
    assertThat(date.getAttribute("placeholder")).isEqualTo("jj/mm/aaaa");
    date.sendKeys("12/31/2030");
    driver.findElement(By.cssSelector("textarea")).click();
    WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(@class,'fjs-form-field-error')]//li[contains(., 'Date impossible')]")));
    assertThat(error.getText()).contains("pas de mois 31");
    assertThat(date.getAttribute("value")).isEqualTo("12/31/2030"); // kept for correction, not rolled over to 2032
    browser.screenshot(SHOTS.resolve("tasklist-impossible-date.png"));
    date.sendKeys(Keys.chord(Keys.CONTROL, "a"), "31/12/2030");
    driver.findElement(By.cssSelector("textarea")).click();
    wait.until(d -> d.findElements(By.xpath("//*[contains(@class,'fjs-form-field-error')]//li[contains(., 'Date impossible')]")).isEmpty());
    assertThat(date.getAttribute("value")).isEqualTo("31/12/2030");
  }

  @Test
  void staffOpenTheDocxOfSomeoneElsesSignatureTaskNamedAfterTheMayor() {
    String staff = HttpCalls.person(identity, Groups.UNION_STAFF, "Claire", "Commis");
    String name = "Commune de Docx-" + System.nanoTime() % 100000;
    var started = http.post("/engine-rest/process-definition/key/onboarding/submit-form", staff, Map.of("variables",
        HttpCalls.stringVariables(OrganisationInTaskListsTest.request("COMMUNE", name, "b-#@org.test", "dg-#@org.test"))));
    String pid = http.read(started).get("id").asText();
    String review = http.getJson("/engine-rest/task?processInstanceId=" + pid, staff).get(0).get("id").asText();
    http.post("/engine-rest/task/" + review + "/submit-form", staff, Map.of("variables", HttpCalls.stringVariables(Map.of("reviewDecision", "ACCEPT"))));
    be.uvcw.convention.testsupport.Jobs.runAll(management, pid);
    String mayorTask = http.getJson("/engine-rest/task?processInstanceId=" + pid + "&taskDefinitionKey=SignerPresident", staff).get(0).get("id").asText();

    logIn(staff);
    openFilter(staff, "Toutes les tâches en cours");
    driver.get(driver.getCurrentUrl() + "&task=" + mayorTask);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-card h2.task"), "Signer la convention (Bourgmestre) — " + name));
    WebElement docx = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//a[contains(., '(.docx)')]")));
    assertThat(driver.findElement(By.cssSelector(".fjs-form h2, .fjs-form h1, .fjs-form-field-text h2")).getText()).contains("(Bourgmestre)");
    browser.screenshot(SHOTS.resolve("tasklist-signature-task-for-staff.png"));
    // The read-only form's overlay does not cover the link: the click reaches it (no ElementClickInterceptedException).
    docx.click();
  }

  @Test
  void theForbiddenPageIsFrenchAndSignatoriesSeeNoButtonsTheyCannotUse() {
    String signatory = HttpCalls.person(identity, Groups.SIGNATORIES, "Martine", "Hautfenne");
    logIn(signatory);
    wait.until(d -> d.findElement(By.tagName("html")).getAttribute("class").contains("convention-signatory"));
    assertThat(driver.findElements(By.cssSelector(".create-task-action")).stream().filter(WebElement::isDisplayed)).isEmpty();
    assertThat(driver.findElements(By.cssSelector(".ce-eol-banner")).stream().filter(WebElement::isDisplayed)).isEmpty();
    browser.screenshot(SHOTS.resolve("tasklist-signatory.png"));

    driver.get(url("/camunda/app/cockpit/default/"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Accès refusé");
    assertThat(driver.getPageSource()).doesNotContain("Whitelabel");
    browser.screenshot(SHOTS.resolve("error-403.png"));
  }
}
