package be.uvcw.convention.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.uvcw.convention.provisioning.ProvisioningPort.SpaceAccess;
import be.uvcw.convention.provisioning.ProvisioningPort.ToolManifest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Server as a folder tree, without Spring: idempotence, access states, atomic manifests. */
class FileSystemProvisioningAdapterTest {

  private static final Instant CREATED = Instant.parse("2026-04-01T06:00:00Z");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path root;
  private MovableClock clock;
  private FileSystemProvisioningAdapter server;

  @BeforeEach
  void newServer() {
    clock = new MovableClock(CREATED);
    server = new FileSystemProvisioningAdapter(root, clock);
  }

  @Test
  void createsOneFolderWithItsManifestAndFindsItAgain() throws IOException {
    String location = server.createSpace("org-0207345612");
    clock.now = CREATED.plusSeconds(3600);
    String again = server.createSpace("org-0207345612");

    assertThat(again).isEqualTo(location).isEqualTo("org-0207345612");
    assertThat(children(root)).containsExactly("org-0207345612");
    JsonNode manifest = json(root.resolve("org-0207345612/space.json"));
    assertThat(manifest.get("key").asText()).isEqualTo("org-0207345612");
    assertThat(manifest.get("access").asText()).isEqualTo("OPEN");
    assertThat(manifest.get("createdAt").asText()).isEqualTo("2026-04-01T06:00:00Z");
    assertThat(root.resolve("org-0207345612/tools")).isDirectory();
  }

  @Test
  void completesASpaceWhoseManifestWasNeverWritten() throws IOException {
    Files.createDirectories(root.resolve("org-0207345612")); // crash between mkdir and space.json

    server.createSpace("org-0207345612");

    assertThat(server.accessOf("org-0207345612")).isEqualTo(SpaceAccess.OPEN);
  }

  @Test
  void installingTwiceLeavesOneToolFolderWithTheLatestManifest() throws IOException {
    String location = server.createSpace("org-0207345612");

    server.installTool(location, manifest("deliberations", "4.2.8"));
    clock.now = CREATED.plusSeconds(60);
    server.installTool(location, manifest("deliberations", "4.3.0"));

    assertThat(children(root.resolve(location).resolve("tools"))).containsExactly("deliberations");
    assertThat(children(root.resolve(location).resolve("tools/deliberations"))).containsExactly("manifest.json");
    JsonNode installed = json(root.resolve(location).resolve("tools/deliberations/manifest.json"));
    assertThat(installed.get("toolCode").asText()).isEqualTo("deliberations");
    assertThat(installed.get("toolName").asText()).isEqualTo("Séances et délibérations (PloneMeeting)");
    assertThat(installed.get("version").asText()).isEqualTo("4.3.0");
    assertThat(installed.get("settings").get("locale").asText()).isEqualTo("fr-BE");
    assertThat(installed.get("installedAt").asText()).isEqualTo("2026-04-01T06:01:00Z");
  }

  @Test
  void repeatingTheSameInstallationChangesNothingNotEvenItsTime() throws IOException {
    String location = server.createSpace("org-0207345612");
    server.installTool(location, manifest("courrier", "3.0.5"));
    Path manifestFile = root.resolve(location).resolve("tools/courrier/manifest.json");
    String before = Files.readString(manifestFile);

    clock.now = CREATED.plusSeconds(600);
    server.installTool(location, manifest("courrier", "3.0.5"));

    assertThat(Files.readString(manifestFile)).isEqualTo(before);
  }

  @Test
  void removingAToolDeletesItsFolderAndARepeatDoesNothing() {
    String location = server.createSpace("org-0207345612");
    server.installTool(location, manifest("courrier", "3.0.5"));
    server.installTool(location, manifest("urbanisme", "2.7.3"));

    server.removeTool(location, "courrier");
    server.removeTool(location, "courrier");

    assertThat(children(root.resolve(location).resolve("tools"))).containsExactly("urbanisme");
  }

  @Test
  void measuresTheBytesOfEveryFileInTheSpace() throws IOException {
    String location = server.createSpace("org-0207345612");
    server.installTool(location, manifest("site-web", "6.1.2"));
    long manifests = Files.size(root.resolve(location).resolve("space.json"))
        + Files.size(root.resolve(location).resolve("tools/site-web/manifest.json"));
    Path data = Files.createDirectories(root.resolve(location).resolve("tools/site-web/data/images"));
    Files.write(data.resolve("logo.png"), new byte[12_345]);
    Files.write(data.getParent().resolve("Data.fs"), new byte[1_000_000]);

    assertThat(server.measureUsedBytes(location)).isEqualTo(manifests + 12_345 + 1_000_000);
  }

  @Test
  void aReadOnlySpaceLosesEveryWriteBitAndRefusesChanges() throws IOException {
    String location = server.createSpace("org-0207345612");
    server.installTool(location, manifest("site-web", "6.1.2"));
    Path page = root.resolve(location).resolve("tools/site-web/index.html");
    Files.writeString(page, "<h1>CPAS</h1>");

    server.setAccess(location, SpaceAccess.READ_ONLY);

    assertThat(server.accessOf(location)).isEqualTo(SpaceAccess.READ_ONLY);
    assertThat(json(root.resolve(location).resolve("space.json")).get("access").asText()).isEqualTo("READ_ONLY");
    for (Path path : everything(root.resolve(location))) {
      assertThat(Files.getPosixFilePermissions(path)).as(path.toString())
          .doesNotContain(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
    }
    assertThatThrownBy(() -> server.installTool(location, manifest("intranet", "6.1.2")))
        .isInstanceOf(ProvisioningException.class).hasMessageContaining("lecture seule");
    assertThatThrownBy(() -> server.removeTool(location, "site-web"))
        .isInstanceOf(ProvisioningException.class).hasMessageContaining("lecture seule");
    assertThat(server.measureUsedBytes(location)).isPositive(); // still readable

    server.setAccess(location, SpaceAccess.OPEN);

    assertThat(Files.getPosixFilePermissions(page)).contains(PosixFilePermission.OWNER_WRITE);
    server.installTool(location, manifest("intranet", "6.1.2"));
    assertThat(children(root.resolve(location).resolve("tools"))).containsExactly("intranet", "site-web");
  }

  @Test
  void aSuspendedSpaceIsInaccessibleThroughThePortUntilRestored() throws IOException {
    String location = server.createSpace("org-0207345612");
    server.installTool(location, manifest("site-web", "6.1.2"));

    server.setAccess(location, SpaceAccess.SUSPENDED);
    server.setAccess(location, SpaceAccess.SUSPENDED);

    assertThat(server.accessOf(location)).isEqualTo(SpaceAccess.SUSPENDED);
    assertThatThrownBy(() -> server.installTool(location, manifest("intranet", "6.1.2")))
        .isInstanceOf(ProvisioningException.class).hasMessageContaining("suspendu");
    assertThatThrownBy(() -> server.removeTool(location, "site-web"))
        .isInstanceOf(ProvisioningException.class).hasMessageContaining("suspendu");
    assertThat(children(root.resolve(location).resolve("tools"))).containsExactly("site-web");

    server.setAccess(location, SpaceAccess.OPEN);

    server.removeTool(location, "site-web");
    assertThat(children(root.resolve(location).resolve("tools"))).isEmpty();
    assertThat(json(root.resolve(location).resolve("space.json")).get("createdAt").asText())
        .isEqualTo("2026-04-01T06:00:00Z");
  }

  @Test
  void liftingASuspensionLeavesFilesAToolMadeReadOnlyAlone() throws IOException {
    String location = server.createSpace("org-0207345612");
    server.installTool(location, manifest("site-web", "6.1.2"));
    Path frozenByTheTool = root.resolve(location).resolve("tools/site-web/archive.pdf");
    Files.writeString(frozenByTheTool, "%PDF");
    Files.setPosixFilePermissions(frozenByTheTool, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));

    server.setAccess(location, SpaceAccess.SUSPENDED);
    server.setAccess(location, SpaceAccess.OPEN);

    assertThat(Files.getPosixFilePermissions(frozenByTheTool)).doesNotContain(PosixFilePermission.OWNER_WRITE);
  }

  @Test
  void aCrashBetweenFreezingAndRecordingIsFinishedByARepeat() throws IOException {
    String location = server.createSpace("org-0207345612");
    Path page = Files.writeString(root.resolve(location).resolve("tools/index.html"), "<h1>CPAS</h1>");
    server.setAccess(location, SpaceAccess.READ_ONLY);
    // as if the thaw of a reopening had run but not the recording: files writable again, manifest READ_ONLY
    Files.setPosixFilePermissions(page, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));

    server.setAccess(location, SpaceAccess.OPEN);

    assertThat(server.accessOf(location)).isEqualTo(SpaceAccess.OPEN);
    assertThat(Files.getPosixFilePermissions(root.resolve(location))).contains(PosixFilePermission.OWNER_WRITE);
  }

  @Test
  void deletingRemovesEverythingEvenReadOnlyAndARepeatDoesNothing() throws IOException {
    String location = server.createSpace("org-0207345612");
    server.installTool(location, manifest("site-web", "6.1.2"));
    Files.writeString(root.resolve(location).resolve("tools/site-web/index.html"), "<h1>CPAS</h1>");
    server.setAccess(location, SpaceAccess.READ_ONLY);

    server.deleteSpace(location);
    server.deleteSpace(location);

    assertThat(root.resolve(location)).doesNotExist();
    assertThat(children(root)).isEmpty();
    server.removeTool(location, "site-web"); // nothing left to remove: no error
    assertThatThrownBy(() -> server.accessOf(location))
        .isInstanceOf(ProvisioningException.class).hasMessageContaining("n'existe pas");
  }

  @Test
  void aCrashBetweenTheTemporaryWriteAndTheMoveLeavesTheOldManifestAndARetryFinishes() throws IOException {
    String location = server.createSpace("org-0207345612");
    server.installTool(location, manifest("deliberations", "4.2.8"));
    Path manifestFile = root.resolve(location).resolve("tools/deliberations/manifest.json");
    String before = Files.readString(manifestFile);
    FileSystemProvisioningAdapter crashing = new FileSystemProvisioningAdapter(root, clock) {
      @Override
      void moveIntoPlace(Path temporary, Path target) {
        throw new SimulatedCrash();
      }
    };

    assertThatThrownBy(() -> crashing.installTool(location, manifest("deliberations", "4.3.0")))
        .isInstanceOf(SimulatedCrash.class);

    assertThat(Files.readString(manifestFile)).isEqualTo(before);
    assertThat(json(manifestFile).get("version").asText()).isEqualTo("4.2.8");
    assertThat(children(manifestFile.getParent())).hasSize(2).contains("manifest.json"); // the orphan temporary file

    server.installTool(location, manifest("deliberations", "4.3.0"));

    assertThat(json(manifestFile).get("version").asText()).isEqualTo("4.3.0");
    assertThat(children(manifestFile.getParent())).containsExactly("manifest.json");
  }

  @Test
  void aCrashWhileCreatingTheSpaceManifestLeavesNoManifestAndARetryWritesIt() throws IOException {
    FileSystemProvisioningAdapter crashing = new FileSystemProvisioningAdapter(root, clock) {
      @Override
      void moveIntoPlace(Path temporary, Path target) {
        throw new SimulatedCrash();
      }
    };

    assertThatThrownBy(() -> crashing.createSpace("org-0207345612")).isInstanceOf(SimulatedCrash.class);
    assertThat(root.resolve("org-0207345612/space.json")).doesNotExist();

    server.createSpace("org-0207345612");

    assertThat(server.accessOf("org-0207345612")).isEqualTo(SpaceAccess.OPEN);
    assertThat(children(root.resolve("org-0207345612"))).containsExactly("space.json", "tools");
  }

  @Test
  void refusesLocationsThatWouldLeaveTheRoot() {
    for (String location : List.of("../etc", "org/../../x", "", ".hidden", "a b")) {
      assertThatThrownBy(() -> server.createSpace(location)).as(location)
          .isInstanceOf(ProvisioningException.class).hasMessageContaining("n'est pas un nom de dossier admis");
    }
    String location = server.createSpace("org-0207345612");
    assertThatThrownBy(() -> server.installTool(location, manifest("../../evil", "1")))
        .isInstanceOf(ProvisioningException.class);
    assertThat(children(root)).containsExactly("org-0207345612");
  }

  @Test
  void reportsAMissingSpaceInFrench() {
    assertThatThrownBy(() -> server.installTool("org-0000000097", manifest("courrier", "3.0.5")))
        .isInstanceOf(ProvisioningException.class)
        .hasMessage("L'espace sécurisé « org-0000000097 » n'existe pas sur le Serveur.");
    assertThatThrownBy(() -> server.measureUsedBytes("org-0000000097")).isInstanceOf(ProvisioningException.class);
    assertThatThrownBy(() -> server.setAccess("org-0000000097", SpaceAccess.OPEN)).isInstanceOf(ProvisioningException.class);
  }

  @Test
  void reportsAnIoFailureInFrench() throws IOException {
    Files.writeString(root.resolve("org-0207345612"), "a file where the folder should be");

    assertThatThrownBy(() -> server.createSpace("org-0207345612"))
        .isInstanceOf(ProvisioningException.class)
        .hasMessageStartingWith("Impossible de créer l'espace sécurisé « org-0207345612 » sur le Serveur")
        .hasCauseInstanceOf(IOException.class);
  }

  private static ToolManifest manifest(String code, String version) {
    String name = switch (code) {
      case "deliberations" -> "Séances et délibérations (PloneMeeting)";
      case "site-web" -> "Site internet communal (Plone)";
      default -> code;
    };
    return new ToolManifest(code, name, version, Map.of("locale", "fr-BE", "timeZone", "Europe/Brussels"));
  }

  private static JsonNode json(Path file) throws IOException {
    return JSON.readTree(file.toFile());
  }

  private static List<String> children(Path folder) {
    try (Stream<Path> paths = Files.list(folder)) {
      return paths.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Path> everything(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      return paths.toList();
    }
  }

  /** A process dying mid-write: not an exception the adapter may catch and clean up after. */
  private static final class SimulatedCrash extends Error {}

  private static final class MovableClock extends Clock {
    Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("Europe/Brussels");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
