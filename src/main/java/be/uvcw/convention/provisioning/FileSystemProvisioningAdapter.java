package be.uvcw.convention.provisioning;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Server as a directory tree under {@code convention.provisioning.root} (docs/provisioning.md):
 * <pre>
 * &lt;root&gt;/&lt;space key&gt;/space.json                 key, access state, creation time
 * &lt;root&gt;/&lt;space key&gt;/tools/&lt;code&gt;/manifest.json   Tool, version, standard settings, installation time
 * </pre>
 * The location handed back by {@link #createSpace} is the space key, relative to the root, so the
 * root can move (restore on another volume) without rewriting the database. Manifests are written
 * to a temporary file, forced to disk, then moved over the old one: a crash leaves either the old
 * or the new manifest, never half of one.
 */
@Component
public class FileSystemProvisioningAdapter implements ProvisioningPort {

  static final String SPACE_MANIFEST = "space.json";
  static final String TOOLS = "tools";
  static final String TOOL_MANIFEST = "manifest.json";
  static final String TEMP_SUFFIX = ".tmp";

  /** Space keys and Tool codes become folder names: no separators, no "..", nothing hidden. */
  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");

  private static final Set<PosixFilePermission> WRITE_BITS =
      Set.of(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

  private final Path root;
  private final Clock clock;
  private final ObjectMapper json = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) // operators or later versions may add fields
      .build();

  public FileSystemProvisioningAdapter(@Value("${convention.provisioning.root}") Path root, Clock clock) {
    this.root = root.toAbsolutePath().normalize();
    this.clock = clock;
  }

  /** The content of {@code space.json}. */
  @JsonPropertyOrder({"key", "access", "createdAt", "accessChangedAt"})
  record SpaceManifest(String key, SpaceAccess access, Instant createdAt, Instant accessChangedAt) {}

  /** The content of {@code tools/<code>/manifest.json}. */
  @JsonPropertyOrder({"toolCode", "toolName", "version", "settings", "installedAt"})
  record InstalledToolManifest(String toolCode, String toolName, String version, Map<String, String> settings,
      Instant installedAt) {

    boolean sameConfigurationAs(ToolManifest wanted) {
      return toolCode.equals(wanted.toolCode()) && toolName.equals(wanted.toolName())
          && version.equals(wanted.version()) && settings.equals(settingsOf(wanted));
    }
  }

  /** Sorted, so that the same settings always give the same file. */
  private static Map<String, String> settingsOf(ToolManifest manifest) {
    return manifest.settings() == null ? new TreeMap<>() : new TreeMap<>(manifest.settings());
  }

  public Path root() {
    return root;
  }

  @Override
  public String createSpace(String spaceKey) {
    Path space = resolve(spaceKey);
    try {
      Files.createDirectories(space.resolve(TOOLS));
      removeStaleTemporaryFiles(space);
      // A crash between mkdir and the manifest leaves a folder without space.json: complete it.
      if (!Files.exists(space.resolve(SPACE_MANIFEST))) {
        Instant now = clock.instant();
        writeAtomically(space.resolve(SPACE_MANIFEST), new SpaceManifest(spaceKey, SpaceAccess.OPEN, now, now));
      }
      return spaceKey;
    } catch (IOException e) {
      throw new ProvisioningException("Impossible de créer l'espace sécurisé « " + spaceKey + " » sur le Serveur : "
          + e.getMessage(), e);
    }
  }

  @Override
  public void installTool(String location, ToolManifest manifest) {
    if (manifest == null || manifest.toolName() == null || manifest.version() == null || manifest.version().isBlank()) {
      throw new ProvisioningException("Le manifeste de l'outil à installer dans « " + location
          + " » est incomplet (outil, nom et version obligatoires).");
    }
    Path space = existingSpace(location);
    requireOpen(location, "installer l'outil « " + manifest.toolCode() + " »");
    Path toolFolder = space.resolve(TOOLS).resolve(safeName(manifest.toolCode(), "code d'outil"));
    Path target = toolFolder.resolve(TOOL_MANIFEST);
    try {
      Files.createDirectories(toolFolder);
      removeStaleTemporaryFiles(toolFolder);
      InstalledToolManifest current = Files.exists(target) ? read(target, InstalledToolManifest.class) : null;
      if (current != null && current.sameConfigurationAs(manifest)) {
        return; // already there as asked: a repeat changes nothing, not even the installation time
      }
      writeAtomically(target, new InstalledToolManifest(manifest.toolCode(), manifest.toolName(), manifest.version(),
          settingsOf(manifest), clock.instant()));
    } catch (IOException e) {
      throw new ProvisioningException("Impossible d'installer l'outil « " + manifest.toolCode() + " » dans l'espace « "
          + location + " » : " + e.getMessage(), e);
    }
  }

  @Override
  public void removeTool(String location, String toolCode) {
    Path space = resolve(location);
    if (!Files.isDirectory(space)) {
      return; // the whole space is gone: so is the Tool
    }
    requireOpen(location, "retirer l'outil « " + toolCode + " »");
    try {
      deleteRecursively(space.resolve(TOOLS).resolve(safeName(toolCode, "code d'outil")));
    } catch (IOException e) {
      throw new ProvisioningException("Impossible de retirer l'outil « " + toolCode + " » de l'espace « " + location
          + " » : " + e.getMessage(), e);
    }
  }

  @Override
  public long measureUsedBytes(String location) {
    Path space = existingSpace(location);
    AtomicLong total = new AtomicLong();
    try {
      Files.walkFileTree(space, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          if (attributes.isRegularFile()) {
            total.addAndGet(attributes.size());
          }
          return FileVisitResult.CONTINUE;
        }
      });
      return total.get();
    } catch (IOException e) {
      throw new ProvisioningException("Impossible de mesurer l'espace occupé par « " + location + " » : "
          + e.getMessage(), e);
    }
  }

  @Override
  public void setAccess(String location, SpaceAccess access) {
    Path space = existingSpace(location);
    Path manifestFile = space.resolve(SPACE_MANIFEST);
    try {
      SpaceManifest current = readSpaceManifest(location, manifestFile);
      if (access == SpaceAccess.READ_ONLY) {
        // Record first, then freeze: a crash in between is finished by the engine's retry.
        if (current.access() != access) {
          writeAtomically(manifestFile, new SpaceManifest(current.key(), access, current.createdAt(), clock.instant()));
        }
        setWritable(space, false);
      } else {
        // Thaw first, then record: a recorded OPEN or SUSPENDED means the thaw is done (and files
        // a Tool made read-only on purpose are left alone).
        if (current.access() == SpaceAccess.READ_ONLY) {
          setWritable(space, true);
        }
        if (current.access() != access) {
          writeAtomically(manifestFile, new SpaceManifest(current.key(), access, current.createdAt(), clock.instant()));
        }
      }
    } catch (IOException e) {
      throw new ProvisioningException("Impossible de modifier l'accès à l'espace « " + location + " » : "
          + e.getMessage(), e);
    }
  }

  @Override
  public SpaceAccess accessOf(String location) {
    Path space = existingSpace(location);
    return readSpaceManifest(location, space.resolve(SPACE_MANIFEST)).access();
  }

  @Override
  public void deleteSpace(String location) {
    Path space = resolve(location);
    if (!Files.exists(space)) {
      return;
    }
    try {
      setWritable(space, true); // a read-only space must still be deletable after the retention period
      deleteRecursively(space);
    } catch (IOException e) {
      throw new ProvisioningException("Impossible de supprimer l'espace « " + location + " » : " + e.getMessage(), e);
    }
  }

  /** The folder of a space, or of nothing when the space does not exist (yet, or any more). */
  public Path folderOf(String location) {
    return resolve(location);
  }

  /**
   * The last step of an atomic write: replaces the target by the complete temporary file.
   * Package-private so a test can simulate a crash between the write and the move.
   */
  void moveIntoPlace(Path temporary, Path target) throws IOException {
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private void writeAtomically(Path target, Object content) throws IOException {
    Path temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX);
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        ByteBuffer bytes = ByteBuffer.wrap(json.writeValueAsBytes(content));
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
        channel.force(true); // on disk before the move makes it visible
      }
      moveIntoPlace(temporary, target);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
  }

  /**
   * Temporary files a crash left behind between write and move: never a manifest, safe to drop.
   * Best effort: in a read-only space they stay until the space is reopened or deleted.
   */
  private static void removeStaleTemporaryFiles(Path folder) throws IOException {
    try (DirectoryStream<Path> stale = Files.newDirectoryStream(folder, ".*" + TEMP_SUFFIX)) {
      for (Path file : stale) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          // left for a later operation: it is not a manifest, nothing reads it
        }
      }
    }
  }

  private <T> T read(Path file, Class<T> type) throws IOException {
    return json.readValue(file.toFile(), type);
  }

  private SpaceManifest readSpaceManifest(String location, Path manifestFile) {
    try {
      return read(manifestFile, SpaceManifest.class);
    } catch (NoSuchFileException e) {
      throw new ProvisioningException("L'espace « " + location + " » n'a pas de fichier " + SPACE_MANIFEST
          + " : recréez-le (opération idempotente).", e);
    } catch (IOException e) {
      throw new ProvisioningException("Le fichier " + SPACE_MANIFEST + " de l'espace « " + location + " » est illisible : "
          + e.getMessage(), e);
    }
  }

  private void requireOpen(String location, String what) {
    SpaceAccess access = accessOf(location);
    if (access == SpaceAccess.SUSPENDED) {
      throw ProvisioningException.refused(what, "l'espace « " + location + " » est suspendu.");
    }
    if (access == SpaceAccess.READ_ONLY) {
      throw ProvisioningException.refused(what, "l'espace « " + location + " » est en lecture seule.");
    }
  }

  private Path existingSpace(String location) {
    Path space = resolve(location);
    if (!Files.isDirectory(space)) {
      throw new ProvisioningException("L'espace sécurisé « " + location + " » n'existe pas sur le Serveur.");
    }
    return space;
  }

  private Path resolve(String location) {
    Path space = root.resolve(safeName(location, "emplacement d'espace")).normalize();
    if (!space.getParent().equals(root)) {
      throw new ProvisioningException("L'emplacement « " + location + " » sort de la racine des espaces.");
    }
    return space;
  }

  private static String safeName(String name, String what) {
    if (name == null || !SAFE_NAME.matcher(name).matches()) {
      throw new ProvisioningException("Le " + what + " « " + name + " » n'est pas un nom de dossier admis "
          + "(lettres, chiffres, tirets).");
    }
    return name;
  }

  /** Read-only: no write bit on any file or folder, so nothing can be added, changed or removed. */
  private static void setWritable(Path space, boolean writable) throws IOException {
    try (Stream<Path> paths = Files.walk(space)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        setWritableOne(path, writable);
      }
    }
  }

  private static void setWritableOne(Path path, boolean writable) throws IOException {
    PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
    if (posix != null) {
      Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
      Set<PosixFilePermission> changed = java.util.EnumSet.noneOf(PosixFilePermission.class);
      changed.addAll(permissions);
      if (writable) {
        changed.add(PosixFilePermission.OWNER_WRITE);
      } else {
        changed.removeAll(WRITE_BITS);
      }
      if (!changed.equals(permissions)) {
        posix.setPermissions(changed);
      }
      return;
    }
    DosFileAttributeView dos = Files.getFileAttributeView(path, DosFileAttributeView.class);
    if (dos != null && !Files.isDirectory(path)) {
      dos.setReadOnly(!writable);
    }
  }

  /**
   * Walking top-down to thaw folders first (a read-only folder cannot lose its children), then
   * bottom-up to delete.
   */
  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    setWritable(folder, true);
    Files.walkFileTree(folder, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
        Files.deleteIfExists(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
        if (failure != null) {
          throw failure;
        }
        Files.deleteIfExists(directory);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
