package be.uvcw.convention.testsupport;

import be.uvcw.convention.provisioning.FileSystemProvisioningAdapter;
import be.uvcw.convention.provisioning.ProvisioningException;
import be.uvcw.convention.provisioning.ProvisioningPort;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The {@link ProvisioningPort} every Spring test gets: the real {@link FileSystemProvisioningAdapter}
 * (on a temporary root), which a test can make fail on purpose to prove retries and incidents.
 * Inert until armed; all tests share one application context, so <b>always call {@link #reset()}
 * in {@code @AfterEach}</b>.
 *
 * <p>Operations are named after the port's methods: {@code createSpace}, {@code installTool},
 * {@code removeTool}, {@code measureUsedBytes}, {@code setAccess}, {@code accessOf}, {@code deleteSpace}.
 *
 * <pre>{@code
 * @Autowired FaultInjectingProvisioningPort provisioningFaults;
 * @AfterEach void healServer() { provisioningFaults.reset(); }
 *
 * @Test void installingAToolIsRetriedThenRaisesAnIncident() {
 *   provisioningFaults.failNext("installTool", 5);      // the Server refuses five times
 *   // run the job until its retries are spent: Jobs.tryRun(managementService, jobId) ...
 *   // assert an incident, then provisioningFaults.reset() and run the job again: it succeeds
 * }
 *
 * @Test void aRepeatAfterALostAnswerLeavesOneSpace() {
 *   provisioningFaults.failAfterNext("createSpace", 1); // the folder is made, but the caller sees a failure
 *   ...
 * }
 * }</pre>
 *
 * {@link #failNext} fails <em>before</em> the real adapter runs (the Server did nothing);
 * {@link #failAfterNext} fails <em>after</em> it succeeded (the Server did it, the answer was lost),
 * which is what proves idempotence. The failure is a {@link ProvisioningException} with a French
 * message, as the real adapter throws. {@link #calls(String)} counts calls that reached the port.
 */
@Primary
@Component
public class FaultInjectingProvisioningPort implements ProvisioningPort {

  public static final Set<String> OPERATIONS =
      Set.of("createSpace", "installTool", "removeTool", "measureUsedBytes", "setAccess", "accessOf", "deleteSpace");

  private final FileSystemProvisioningAdapter real;
  private final Map<String, AtomicInteger> failuresBefore = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> failuresAfter = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

  public FaultInjectingProvisioningPort(FileSystemProvisioningAdapter real) {
    this.real = real;
  }

  /** The next {@code times} calls of the operation fail before the Server does anything. */
  public void failNext(String operation, int times) {
    failuresBefore.computeIfAbsent(known(operation), o -> new AtomicInteger()).set(times);
  }

  /** The next {@code times} calls of the operation do their work on the Server, then fail. */
  public void failAfterNext(String operation, int times) {
    failuresAfter.computeIfAbsent(known(operation), o -> new AtomicInteger()).set(times);
  }

  /** Calls of the operation since the last reset (failed ones included). */
  public int calls(String operation) {
    AtomicInteger count = calls.get(known(operation));
    return count == null ? 0 : count.get();
  }

  /** Disarms every fault and forgets the counts. */
  public void reset() {
    failuresBefore.clear();
    failuresAfter.clear();
    calls.clear();
  }

  /** The real adapter, e.g. to look at the folders it wrote. */
  public FileSystemProvisioningAdapter real() {
    return real;
  }

  @Override
  public String createSpace(String spaceKey) {
    return call("createSpace", () -> real.createSpace(spaceKey));
  }

  @Override
  public void installTool(String location, ToolManifest manifest) {
    run("installTool", () -> real.installTool(location, manifest));
  }

  @Override
  public void removeTool(String location, String toolCode) {
    run("removeTool", () -> real.removeTool(location, toolCode));
  }

  @Override
  public long measureUsedBytes(String location) {
    return call("measureUsedBytes", () -> real.measureUsedBytes(location));
  }

  @Override
  public void setAccess(String location, SpaceAccess access) {
    run("setAccess", () -> real.setAccess(location, access));
  }

  @Override
  public SpaceAccess accessOf(String location) {
    return call("accessOf", () -> real.accessOf(location));
  }

  @Override
  public void deleteSpace(String location) {
    run("deleteSpace", () -> real.deleteSpace(location));
  }

  private void run(String operation, Runnable action) {
    call(operation, () -> {
      action.run();
      return null;
    });
  }

  private <T> T call(String operation, Supplier<T> action) {
    calls.computeIfAbsent(operation, o -> new AtomicInteger()).incrementAndGet();
    if (consume(failuresBefore, operation)) {
      throw new ProvisioningException("Panne simulée du Serveur (" + operation + ") : rien n'a été fait.");
    }
    T result = action.get();
    if (consume(failuresAfter, operation)) {
      throw new ProvisioningException("Panne simulée du Serveur (" + operation + ") après l'opération : réponse perdue.");
    }
    return result;
  }

  private static boolean consume(Map<String, AtomicInteger> armed, String operation) {
    AtomicInteger left = armed.get(operation);
    return left != null && left.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
  }

  private static String known(String operation) {
    if (!OPERATIONS.contains(operation)) {
      throw new IllegalArgumentException("Unknown provisioning operation " + operation + "; one of " + OPERATIONS);
    }
    return operation;
  }
}
