package org.jpamigrations.runner;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Who a run is, for the message of another run that waits for its lock: {@code ann on build-7 (pid 4242)}.
 *
 * <p>The host is named without asking the name service where the system says it: containers and CI set
 * {@code HOSTNAME}, Windows sets {@code COMPUTERNAME}, Linux keeps it under {@code /proc}. Elsewhere it is looked up
 * for a fifth of a second at most, since a machine whose name no DNS server or hosts file knows (often a laptop on
 * macOS) can hold {@code InetAddress.getLocalHost()} for seconds, and every run would wait for it.
 */
final class RunOwner {

  static final Duration LOOKUP_WAIT = Duration.ofMillis(200);
  static final String UNKNOWN_HOST = "unknown host";
  private static final Path LINUX_HOSTNAME = Path.of("/proc/sys/kernel/hostname");
  private static volatile String host;

  private RunOwner() {}

  static String describe() {
    return System.getProperty("user.name") + " on " + host() + " (pid " + ProcessHandle.current().pid() + ")";
  }

  private static String host() {
    String known = host;
    if (known == null) {
      known = host(System.getenv(), LINUX_HOSTNAME, () -> InetAddress.getLocalHost().getHostName(), LOOKUP_WAIT);
      host = known;
    }
    return known;
  }

  /** The first of: the environment's name, the file's, the lookup's if it answers within {@code wait}. */
  static String host(Map<String, String> environment, Path hostnameFile, Callable<String> lookup, Duration wait) {
    for (String variable : List.of("HOSTNAME", "COMPUTERNAME")) {
      String name = environment.get(variable);
      if (name != null && !name.isBlank()) {
        return name.strip();
      }
    }
    try {
      String name = Files.readString(hostnameFile).strip();
      if (!name.isEmpty()) {
        return name;
      }
    } catch (IOException | SecurityException e) {
      // not Linux: look it up
    }
    FutureTask<String> lookingUp = new FutureTask<>(lookup);
    Thread thread = new Thread(lookingUp, "jpa-migrations host name");
    thread.setDaemon(true);
    thread.start();
    try {
      return lookingUp.get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      return UNKNOWN_HOST;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return UNKNOWN_HOST;
    }
  }
}
