package be.uvcw.convention.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.uvcw.convention.organisation.Organisation;
import be.uvcw.convention.provisioning.ProvisioningPort.SpaceAccess;
import be.uvcw.convention.testsupport.FaultInjectingProvisioningPort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProvisioningServiceTest {

  @Autowired ProvisioningService provisioning;
  @Autowired ProvisioningFixtures fixtures;
  @Autowired FaultInjectingProvisioningPort server;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;

  @AfterEach
  void healServer() {
    server.reset();
  }

  @Test
  void createsOneFolderAndOneRowPerOrganisation() {
    Organisation cpas = fixtures.newCpas();

    SecureSpace first = provisioning.createSpace(cpas.getId());
    SecureSpace second = provisioning.createSpace(cpas.getId());

    assertThat(second.getId()).isEqualTo(first.getId());
    assertThat(first.getLocation()).isEqualTo(cpas.getTenantId());
    assertThat(first.getQuotaBytes()).isEqualTo(3L * 1024 * 1024 * 1024);
    assertThat(spaceRows(cpas)).isEqualTo(1);
    assertThat(server.real().folderOf(first.getLocation()).resolve("space.json")).isRegularFile();
    assertThat(server.accessOf(first.getLocation())).isEqualTo(SpaceAccess.OPEN);
  }

  @Test
  void repeatingCreateSpaceAfterARolledBackTransactionLeavesOneRowAndOneFolder() {
    Organisation cpas = fixtures.newCpas();

    assertThatThrownBy(() -> inTransactionThatCrashesAfter(() -> provisioning.createSpace(cpas.getId())))
        .hasMessage("crash after the Server answered");
    assertThat(spaceRows(cpas)).isZero();
    assertThat(server.real().folderOf(cpas.getTenantId())).isDirectory();

    provisioning.createSpace(cpas.getId());
    provisioning.createSpace(cpas.getId());

    assertThat(spaceRows(cpas)).isEqualTo(1);
    assertThat(spaceFoldersNamed(cpas.getTenantId())).isEqualTo(1);
  }

  @Test
  void repeatingInstallToolAfterARolledBackTransactionLeavesOneInstallationAndOneToolFolder() {
    Organisation cpas = fixtures.newCpas();
    provisioning.createSpace(cpas.getId());

    assertThatThrownBy(() -> inTransactionThatCrashesAfter(() -> provisioning.installTool(cpas.getId(), "aide-sociale")))
        .hasMessage("crash after the Server answered");
    assertThat(installationRows(cpas, "aide-sociale")).isZero();
    Path toolFolder = server.real().folderOf(cpas.getTenantId()).resolve("tools/aide-sociale");
    assertThat(toolFolder.resolve("manifest.json")).isRegularFile();

    ToolInstallation installed = provisioning.installTool(cpas.getId(), "aide-sociale");
    provisioning.installTool(cpas.getId(), "aide-sociale");

    assertThat(installed.getVersion()).isEqualTo("1.9.0");
    assertThat(installed.getState()).isEqualTo(InstallationState.INSTALLED);
    assertThat(installationRows(cpas, "aide-sociale")).isEqualTo(1);
    assertThat(toolFolders(cpas)).containsExactly("aide-sociale");
  }

  @Test
  void aLostAnswerFromTheServerIsRepeatedWithoutDuplicates() {
    Organisation cpas = fixtures.newCpas();
    server.failAfterNext("createSpace", 1);
    server.failAfterNext("installTool", 1);

    assertThatThrownBy(() -> provisioning.createSpace(cpas.getId())).isInstanceOf(ProvisioningException.class);
    provisioning.createSpace(cpas.getId());
    assertThatThrownBy(() -> provisioning.installTool(cpas.getId(), "courrier")).isInstanceOf(ProvisioningException.class);
    provisioning.installTool(cpas.getId(), "courrier");

    assertThat(server.calls("createSpace")).isEqualTo(2);
    assertThat(spaceRows(cpas)).isEqualTo(1);
    assertThat(installationRows(cpas, "courrier")).isEqualTo(1);
    assertThat(toolFolders(cpas)).containsExactly("courrier");
  }

  @Test
  void aServerThatRefusesLeavesNoRow() {
    Organisation cpas = fixtures.newCpas();
    server.failNext("createSpace", 1);

    assertThatThrownBy(() -> provisioning.createSpace(cpas.getId()))
        .isInstanceOf(ProvisioningException.class).hasMessageStartingWith("Panne simulée du Serveur");

    assertThat(spaceRows(cpas)).isZero();
    assertThat(server.real().folderOf(cpas.getTenantId())).doesNotExist();
  }

  @Test
  void writesTheCatalogVersionWithTheStandardSettings() throws IOException {
    Organisation cpas = fixtures.newCpas();
    provisioning.createSpace(cpas.getId());

    provisioning.installTool(cpas.getId(), "deliberations");

    var manifest = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(server.real().folderOf(cpas.getTenantId()).resolve("tools/deliberations/manifest.json").toFile());
    assertThat(manifest.get("version").asText()).isEqualTo("4.2.8");
    assertThat(manifest.get("toolName").asText()).isEqualTo("Séances et délibérations (PloneMeeting)");
    assertThat(manifest.get("settings").get("organisation.tenantId").asText()).isEqualTo(cpas.getTenantId());
    assertThat(manifest.get("settings").get("organisation.name").asText()).isEqualTo(cpas.getName());
    assertThat(manifest.get("settings").get("locale").asText()).isEqualTo("fr-BE");
  }

  @Test
  void updatesAnInstalledToolToANewVersionAndRefusesAToolThatIsNotThere() throws IOException {
    Organisation cpas = fixtures.newCpas();
    provisioning.createSpace(cpas.getId());
    ToolInstallation first = provisioning.installTool(cpas.getId(), "urbanisme");

    ToolInstallation updated = provisioning.updateTool(cpas.getId(), "urbanisme", "2.8.0");
    provisioning.updateTool(cpas.getId(), "urbanisme", "2.8.0");

    assertThat(updated.getId()).isEqualTo(first.getId());
    assertThat(updated.getVersion()).isEqualTo("2.8.0");
    assertThat(installationRows(cpas, "urbanisme")).isEqualTo(1);
    assertThat(Files.readString(server.real().folderOf(cpas.getTenantId()).resolve("tools/urbanisme/manifest.json")))
        .contains("\"version\" : \"2.8.0\"");
    assertThat(installationState(cpas, "urbanisme")).isEqualTo("INSTALLED");
    assertThatThrownBy(() -> provisioning.updateTool(cpas.getId(), "intranet", "6.2.0"))
        .isInstanceOf(ProvisioningException.class).hasMessageContaining("n'est pas installé");
  }

  @Test
  void removesAToolKeepingItsRowAndReinstallsItInTheSameRow() {
    Organisation cpas = fixtures.newCpas();
    provisioning.createSpace(cpas.getId());
    ToolInstallation installed = provisioning.installTool(cpas.getId(), "intranet");

    provisioning.removeTool(cpas.getId(), "intranet");
    provisioning.removeTool(cpas.getId(), "intranet");

    assertThat(toolFolders(cpas)).isEmpty();
    assertThat(installationState(cpas, "intranet")).isEqualTo("REMOVED");

    ToolInstallation again = provisioning.installTool(cpas.getId(), "intranet");

    assertThat(again.getId()).isEqualTo(installed.getId());
    assertThat(installationState(cpas, "intranet")).isEqualTo("INSTALLED");
    assertThat(toolFolders(cpas)).containsExactly("intranet");
  }

  @Test
  void aSuspendedSpaceRefusesToolsUntilRestored() {
    Organisation cpas = fixtures.newCpas();
    SecureSpace space = provisioning.createSpace(cpas.getId());

    provisioning.suspend(cpas.getId());
    provisioning.suspend(cpas.getId());

    assertThat(server.accessOf(space.getLocation())).isEqualTo(SpaceAccess.SUSPENDED);
    assertThat(spaceState(cpas)).isEqualTo("SUSPENDED");
    assertThatThrownBy(() -> provisioning.installTool(cpas.getId(), "courrier"))
        .isInstanceOf(ProvisioningException.class)
        .hasMessage("Impossible d'installer l'outil « courrier » : l'espace sécurisé de " + cpas.getName() + " est « Suspendu ».");
    SecureSpace again = provisioning.createSpace(cpas.getId());
    assertThat(again.getState()).isEqualTo(SpaceState.SUSPENDED); // a repeat of the creation does not lift a suspension

    provisioning.restore(cpas.getId());

    assertThat(server.accessOf(space.getLocation())).isEqualTo(SpaceAccess.OPEN);
    assertThat(spaceState(cpas)).isEqualTo("ACTIVE");
    provisioning.installTool(cpas.getId(), "courrier");
    assertThat(toolFolders(cpas)).containsExactly("courrier");
  }

  @Test
  void aReadOnlySpaceIsStillMeasuredThenDeletedAndCanBeCreatedAnew() {
    Organisation cpas = fixtures.newCpas();
    SecureSpace space = provisioning.createSpace(cpas.getId());
    provisioning.installTool(cpas.getId(), "site-web");

    provisioning.makeReadOnly(cpas.getId());

    assertThat(server.accessOf(space.getLocation())).isEqualTo(SpaceAccess.READ_ONLY);
    assertThatThrownBy(() -> provisioning.removeTool(cpas.getId(), "site-web")).isInstanceOf(ProvisioningException.class);
    long used = provisioning.measureUsage(cpas.getId());
    assertThat(used).isPositive();
    assertThat(jdbc.queryForObject("select used_bytes from secure_space where organisation_id = ?", Long.class, cpas.getId()))
        .isEqualTo(used);

    provisioning.delete(cpas.getId());
    provisioning.delete(cpas.getId());

    assertThat(server.real().folderOf(space.getLocation())).doesNotExist();
    assertThat(spaceState(cpas)).isEqualTo("DELETED");
    assertThat(installationState(cpas, "site-web")).isEqualTo("REMOVED");
    assertThat(provisioning.measureUsage(cpas.getId())).isZero();
    assertThatThrownBy(() -> provisioning.restore(cpas.getId()))
        .isInstanceOf(ProvisioningException.class).hasMessageContaining("a été supprimé");

    SecureSpace anew = provisioning.createSpace(cpas.getId());

    assertThat(anew.getId()).isEqualTo(space.getId());
    assertThat(anew.getState()).isEqualTo(SpaceState.ACTIVE);
    assertThat(server.accessOf(anew.getLocation())).isEqualTo(SpaceAccess.OPEN);
    assertThat(spaceRows(cpas)).isEqualTo(1);
  }

  @Test
  void aSpaceDeletedOutsideTheServiceIsCreatedAnewWithoutItsOldTools() {
    Organisation cpas = fixtures.newCpas();
    SecureSpace space = provisioning.createSpace(cpas.getId());
    provisioning.installTool(cpas.getId(), "courrier");
    // as the lifecycle may do it: the port and the row's state, nothing about the Tools
    server.deleteSpace(space.getLocation());
    jdbc.update("update secure_space set state = 'DELETED' where id = ?", space.getId());

    provisioning.createSpace(cpas.getId());

    assertThat(spaceState(cpas)).isEqualTo("ACTIVE");
    assertThat(installationState(cpas, "courrier")).isEqualTo("REMOVED");
    assertThat(toolFolders(cpas)).isEmpty();
    assertThat(provisioning.spaceOf(cpas.getId()).orElseThrow().installations())
        .extracting(SpaceReport.Installation::state).containsExactly(InstallationState.REMOVED);
  }

  @Test
  void reportsTheSpaceWithItsInstallations() {
    Organisation cpas = fixtures.newCpas();
    assertThat(provisioning.spaceOf(cpas.getId())).isEmpty();
    provisioning.createSpace(cpas.getId());
    provisioning.installTool(cpas.getId(), "site-web");

    SpaceReport report = provisioning.spaceOf(cpas.getId()).orElseThrow();

    assertThat(report.state()).isEqualTo(SpaceState.ACTIVE);
    assertThat(report.quotaBytes()).isEqualTo(SecureSpace.QUOTA_BYTES);
    assertThat(report.installations()).extracting(SpaceReport.Installation::toolCode, SpaceReport.Installation::version)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("site-web", "6.1.2"));
  }

  @Test
  void unknownOrganisationsAndToolsAreReportedInFrench() {
    Organisation cpas = fixtures.newCpas();
    assertThatThrownBy(() -> provisioning.createSpace(Long.MAX_VALUE))
        .isInstanceOf(ProvisioningException.class).hasMessageStartingWith("Organisation inconnue");
    assertThatThrownBy(() -> provisioning.installTool(cpas.getId(), "courrier"))
        .isInstanceOf(ProvisioningException.class).hasMessageContaining("n'a pas encore d'espace sécurisé");
    provisioning.createSpace(cpas.getId());
    assertThatThrownBy(() -> provisioning.installTool(cpas.getId(), "tableur"))
        .isInstanceOf(ProvisioningException.class).hasMessage("Outil inconnu du catalogue : « tableur ».");
  }

  @Test
  void theDatabaseRefusesASecondSpaceForAnOrganisationOrForAFolder() {
    Organisation cpas = fixtures.newCpas();
    Organisation other = fixtures.newCpas();
    SecureSpace space = provisioning.createSpace(cpas.getId());
    String insert = """
        insert into secure_space (organisation_id, quota_bytes, used_bytes, state, location, created_at, updated_at)
        values (?, 3221225472, 0, 'ACTIVE', ?, now(), now())""";

    assertThatThrownBy(() -> jdbc.update(insert, cpas.getId(), "ailleurs-" + cpas.getId()))
        .hasMessageContaining("uq_secure_space_one_per_organisation");
    assertThatThrownBy(() -> jdbc.update(insert, other.getId(), space.getLocation()))
        .hasMessageContaining("uq_secure_space_one_per_location");
    assertThatThrownBy(() -> jdbc.update("""
        insert into tool_installation (space_id, tool_id, version, state, installed_at, updated_at)
        select ?, id, ' ', 'INSTALLED', now(), now() from tool where code = 'courrier'""", space.getId()))
        .hasMessageContaining("ck_tool_installation_version_not_blank");
  }

  private String spaceState(Organisation organisation) {
    return jdbc.queryForObject("select state from secure_space where organisation_id = ?", String.class,
        organisation.getId());
  }

  private String installationState(Organisation organisation, String toolCode) {
    return jdbc.queryForObject("""
        select i.state from tool_installation i
          join secure_space s on s.id = i.space_id join tool t on t.id = i.tool_id
         where s.organisation_id = ? and t.code = ?""", String.class, organisation.getId(), toolCode);
  }

  private void inTransactionThatCrashesAfter(Runnable call) {
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      call.run();
      throw new IllegalStateException("crash after the Server answered");
    });
  }

  private int spaceRows(Organisation organisation) {
    return jdbc.queryForObject("select count(*) from secure_space where organisation_id = ?", Integer.class,
        organisation.getId());
  }

  private int installationRows(Organisation organisation, String toolCode) {
    return jdbc.queryForObject("""
        select count(*) from tool_installation i
          join secure_space s on s.id = i.space_id join tool t on t.id = i.tool_id
         where s.organisation_id = ? and t.code = ?""", Integer.class, organisation.getId(), toolCode);
  }

  private long spaceFoldersNamed(String key) {
    try (Stream<Path> folders = Files.list(server.real().root())) {
      return folders.filter(f -> f.getFileName().toString().equals(key)).count();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private java.util.List<String> toolFolders(Organisation organisation) {
    try (Stream<Path> folders = Files.list(server.real().folderOf(organisation.getTenantId()).resolve("tools"))) {
      return folders.map(f -> f.getFileName().toString()).toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
