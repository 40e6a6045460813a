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
