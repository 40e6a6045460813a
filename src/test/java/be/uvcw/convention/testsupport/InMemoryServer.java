package be.uvcw.convention.testsupport;

import be.uvcw.convention.provisioning.ProvisioningException;
import be.uvcw.convention.provisioning.ProvisioningPort;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The Server as tests see it: spaces, their Tools, access and used bytes kept in memory, so that
 * tests can read what the application asked for and set what a measurement returns. Failures are
 * armed per location by a test and are otherwise absent.
 */
@Component
public class InMemoryServer implements ProvisioningPort {

  public record Space(String location, Set<String> tools, SpaceAccess access, long usedBytes, boolean deleted) {}

  private final Map<String, Space> spaces = new ConcurrentHashMap<>();
  private final Set<String> failing = ConcurrentHashMap.newKeySet();

  @Override
  public String createSpace(String spaceKey) {
    String location = "/srv/communesplone/" + spaceKey;
    spaces.putIfAbsent(location, new Space(location, ConcurrentHashMap.newKeySet(), SpaceAccess.OPEN, 0, false));
    return location;
  }

  @Override
  public void installTool(String location, ToolManifest manifest) {
    failIfArmed(location);
    space(location).tools().add(manifest.toolCode());
  }

  @Override
  public void removeTool(String location, String toolCode) {
    space(location).tools().remove(toolCode);
  }

  @Override
  public long measureUsedBytes(String location) {
    failIfArmed(location);
    return space(location).usedBytes();
  }

  @Override
  public void setAccess(String location, SpaceAccess access) {
    failIfArmed(location);
    spaces.computeIfPresent(location, (k, s) -> new Space(k, s.tools(), access, s.usedBytes(), s.deleted()));
  }

  @Override
  public void deleteSpace(String location) {
    failIfArmed(location);
    spaces.computeIfPresent(location, (k, s) -> new Space(k, ConcurrentHashMap.newKeySet(), s.access(), 0, true));
  }

  /** A test puts data in a space (or pretends to). */
  public void setUsedBytes(String location, long bytes) {
    spaces.computeIfPresent(location, (k, s) -> new Space(k, s.tools(), s.access(), bytes, s.deleted()));
  }

  public Space space(String location) {
    Space space = spaces.get(location);
    if (space == null) {
      throw new ProvisioningException("Aucun espace à " + location);
    }
    return space;
  }

  public void failOn(String location) {
    failing.add(location);
  }

  public void heal(String location) {
    failing.remove(location);
  }

  private void failIfArmed(String location) {
    if (failing.contains(location)) {
      throw new ProvisioningException("Serveur injoignable pour " + location + " (panne simulée)");
    }
  }
}
