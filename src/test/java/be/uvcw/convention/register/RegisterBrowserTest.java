package be.uvcw.convention.register;

import static be.uvcw.convention.testsupport.Timers.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.uvcw.convention.billing.CreditNoteService;
import be.uvcw.convention.billing.InvoicingService;
import be.uvcw.convention.identity.Groups;
import be.uvcw.convention.lifecycle.ConventionLifecycleProcess;
import be.uvcw.convention.lifecycle.NonRenewalNotice;
import be.uvcw.convention.lifecycle.NonRenewalNoticeRepository;
import be.uvcw.convention.organisation.OrganisationType;
import be.uvcw.convention.register.RegisterFixtures.Party;
import be.uvcw.convention.register.RegisterFixtures.State;
import be.uvcw.convention.testsupport.Browser;
import be.uvcw.convention.testsupport.Mailbox;
import com.icegreen.greenmail.util.GreenMail;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The register in headless Chromium, as a clerk, a signatory and finance use it. Screenshots go
 * to target/screenshots/registre (docs/img holds the copies docs/register.md shows).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterBrowserTest {

  static final Path SCREENSHOTS = Path.of("target", "screenshots", "registre");
  private static final Duration WAIT = Duration.ofSeconds(20);
  /** « 2 460,00 € » (WebDriver reads the no-break spaces as spaces). */
  private static final String AMOUNT = "\\d{1,3}( \\d{3})*,\\d{2} €";

  @LocalServerPort int port;
  @Autowired RegisterFixtures fixtures;
  @Autowired ConventionLifecycleProcess lifecycle;
  @Autowired InvoicingService invoicing;
  @Autowired CreditNoteService creditNotes;
  @Autowired NonRenewalNoticeRepository notices;
  @Autowired GreenMail smtp;

  private Party floreffe;
  private Party florennes;
  private Browser browser;
  private WebDriver driver;
  private WebDriverWait wait;

  @BeforeAll
  void fourOrganisationsOfTwoEntities() {
    assumeTrue(Browser.available(), "Debian's chromium and chromedriver are not installed");
    today(LocalDate.parse("2026-12-01"));
    fixtures.unionUser("clerk", Groups.UNION_STAFF);
    fixtures.unionUser("comptable", Groups.FINANCE);
    Party villeFloreffe = fixtures.organisation("Floreffe", OrganisationType.COMMUNE, "Albert Mathieu", "Nadine Gérard", State.ACTIVE,
        LocalDate.parse("2026-01-20"));
    floreffe = fixtures.organisation("Floreffe", OrganisationType.CPAS, "Claire Dumont", "Luc Martin", State.ACTIVE,
        LocalDate.parse("2026-03-15"));
    florennes = fixtures.organisation("Florennes", OrganisationType.CPAS, "Julie Henrard", "Thomas Piette", State.AWAITING_SIGNATURES,
        null);
    fixtures.organisation("Florennes", OrganisationType.COMMUNE, "Paul Dubois", "Anne Lemaire", State.UNDER_REVIEW, null);
    lifecycle.start(floreffe.convention().getId());
    lifecycle.start(villeFloreffe.convention().getId());
    invoicing.issueFirstInvoice(villeFloreffe.convention().getId());
    String invoice = invoicing.issueFirstInvoice(floreffe.convention().getId()).orElseThrow().getNumber();
    creditNotes.creditInvoiceMonths(invoice, List.of(YearMonth.parse("2026-06")), "Mois facturé deux fois (correction)");
  }

  @BeforeEach
  void openBrowser() {
    browser = Browser.start();
    driver = browser.driver();
    wait = browser.waitUpTo(WAIT);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @AfterAll
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aClerkFindsAConventionByNameRegistersANonRenewalLetterWithItsScanAndResendsAnAccessLink() throws Exception {
    open("/registre");
    logIn("clerk");
    WebElement search = wait.until(ExpectedConditions.elementToBeClickable(By.id("recherche")));
    search.sendKeys("Flore");
    waitForRows(4);
    screenshot("registre-liste.png");
    search.sendKeys("ffe");
    waitForRows(2);
    assertThat(text(By.id("compte"))).startsWith("2 conventions sur ");
    driver.findElement(By.linkText(floreffe.organisation().getName())).click();

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dossier-titre"), floreffe.organisation().getName()));
    String dossier = text(By.id("contenu"));
    assertThat(dossier).contains("1er avril 2026", "31 mars 2027", "1er mars 2027", "31 mars 2030", "Claire Dumont",
        "Historique des processus", "Cycle de vie", "Factures, notes de crédit et paiements", "NC-");
    assertThat(dossier).containsPattern(AMOUNT);

    driver.findElement(By.id("action-lettre")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lettre-reference")));
    type("lettre-reception", "30/11/2026");
    type("lettre-date", "31/11/2026");
    driver.findElement(By.id("lettre-reference")).sendKeys("CE-2026-0412");
    Path scan = Files.createTempDirectory("registre-").resolve("lettre-non-reconduction.pdf");
    Files.write(scan, "%PDF-1.4 lettre du CPAS de Floreffe".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    driver.findElement(By.id("lettre-scan")).sendKeys(scan.toAbsolutePath().toString());
    driver.findElement(By.id("fenetre-valider")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("fenetre-erreur"),
        "« Date de la lettre » : « 31/11/2026 » n'est pas une date valide (jj/mm/aaaa)."));
    screenshot("registre-lettre.png");
    type("lettre-date", "27/11/2026");
    driver.findElement(By.id("fenetre-valider")).click();

    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notification"), "Lettre acceptée"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lettres"), "CE-2026-0412"));
    assertThat(text(By.id("lettres"))).contains("30/11/2026", "Acceptée", "lettre-non-reconduction.pdf");
    NonRenewalNotice stored = notices.findByConventionIdOrderByRegisteredAt(floreffe.convention().getId()).get(0);
    assertThat(stored.getScan()).isEqualTo(Files.readAllBytes(scan));
    assertThat(stored.getRegisteredBy()).isEqualTo("clerk");
    assertThat(stored.getEndDate()).isEqualTo(LocalDate.parse("2027-03-31"));

    String president = floreffe.signatoryUserIds().get(0);
    int mailsBefore = new Mailbox(smtp).to("claire.dumont@cpasfloreffe.test").size();
    driver.findElement(By.cssSelector("[data-access-link='" + president + "']")).click();
    wait.until(ExpectedConditions.alertIsPresent()).accept();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notification"), "Un nouveau lien d'accès personnel a été envoyé"));
    assertThat(new Mailbox(smtp).to("claire.dumont@cpasfloreffe.test")).hasSize(mailsBefore + 1);

    // A Tool request for this organisation: the Tool is picked from the catalogue, no id typed.
    wait.until(ExpectedConditions.elementToBeClickable(By.id("action-outil"))).click();
    new org.openqa.selenium.support.ui.Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("outil-code"))))
        .selectByVisibleText("Permis d'urbanisme (urban) (2.7.3)");
    driver.findElement(By.id("outil-motivation")).sendKeys("Le service urbanisme en a besoin.");
    driver.findElement(By.id("fenetre-valider")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notification"),
        "Demande d'Outil « Permis d'urbanisme (urban) » démarrée."));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("historique"), "Demande d'un Outil supplémentaire"));
    fullPageScreenshot("registre-dossier.png");

    // The same session opens Tasklist: no second login.
    open("/camunda/app/tasklist/default/");
    Object who = ((JavascriptExecutor) driver).executeAsyncScript(
        "const done = arguments[0]; fetch('/camunda/api/admin/auth/user/default').then(r => r.json()).then(j => done(j.userId));");
    assertThat(who).isEqualTo("clerk");
  }

  @Test
  void aSignatorySeesOnlyTheirOwnDossier() {
    String president = floreffe.signatoryUserIds().get(0);
    // The register's form logs in to the webapps (Camunda's Tasklist login): a signatory lands on their own dossier.
    open("/registre");
    logIn(president);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dossier-titre"), floreffe.organisation().getName()));
    String page = text(By.id("contenu"));
    assertThat(page).contains("Dates", "Signatures", "Factures, notes de crédit et paiements", "Mes tâches");
    assertThat(page).doesNotContain("Historique des processus", "Tâches ouvertes");
    assertThat(driver.findElements(By.id("actions"))).isEmpty();
    assertThat(driver.findElement(By.cssSelector("#navigation a[data-route=registre]")).isDisplayed()).isFalse();
    fullPageScreenshot("registre-signataire.png");

    driver.get(url("/registre#/convention/" + florennes.convention().getId()));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("message-erreur")));
    assertThat(text(By.id("message-erreur"))).isEqualTo("Ce dossier appartient à une autre organisation.");
    assertThat(text(By.id("contenu"))).doesNotContain(florennes.organisation().getName());
  }

  @Test
  void financeFiltersInvoicesAndCreditNotesWithTotalsAndReadsTheDashboard() {
    open("/registre#/factures");
    logIn("comptable");
    WebElement filter = wait.until(ExpectedConditions.elementToBeClickable(By.id("filtre-texte")));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("totaux")));
    filter.sendKeys("Floreffe");
    filter.submit();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("totaux"), "2 facture(s)"));
    assertThat(text(By.id("totaux"))).contains("1 note(s) de crédit", "Net facturé");
    assertThat(text(By.id("total-net"))).matches(AMOUNT + " TVAC");
    assertThat(text(By.id("factures"))).contains("Note de crédit NC-", floreffe.organisation().getName());
    fullPageScreenshot("registre-factures.png");

    driver.findElement(By.cssSelector("#navigation a[data-route=tableau-de-bord]")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("echeances")));
    assertThat(text(By.id("echeances"))).contains("01/03/2027", "Date limite de non-reconduction", floreffe.organisation().getName());
    assertThat(text(By.id("contenu"))).contains("Demandes ouvertes par étape", "Incidents", "Factures échues impayées");
    fullPageScreenshot("registre-tableau-de-bord.png");
  }

  // ---------------------------------------------------------------- helpers

  private void open(String path) {
    driver.get(url(path));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private void logIn(String userId) {
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("identifiant"))).sendKeys(userId);
    driver.findElement(By.id("mot-de-passe")).sendKeys(RegisterFixtures.PASSWORD);
    driver.findElement(By.cssSelector("#formulaire-connexion button[type=submit]")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("navigation")));
  }

  private void waitForRows(int count) {
    wait.until(d -> d.findElements(By.cssSelector("#registre tbody tr")).size() == count);
  }

  /** The element's text, read again if the page re-rendered it meanwhile. */
  private String text(By by) {
    return wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> d.findElement(by).getText());
  }

  private void type(String id, String text) {
    WebElement input = driver.findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  private void screenshot(String name) {
    browser.screenshot(SCREENSHOTS.resolve(name));
  }

  /** The whole page, not only the window: the window grows to the page's height for the shot. */
  private void fullPageScreenshot(String name) {
    Dimension before = driver.manage().window().getSize();
    Number height = (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
    driver.manage().window().setSize(new Dimension(before.getWidth(), Math.min(4000, height.intValue() + 140)));
    screenshot(name);
    driver.manage().window().setSize(before);
  }
}
