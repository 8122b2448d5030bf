package org.jpamigrations.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunOwnerTest {

  private static final Duration WAIT = RunOwner.LOOKUP_WAIT;

  @TempDir
  Path dir;

  private final AtomicInteger lookups = new AtomicInteger();

  private String lookedUp() {
    lookups.incrementAndGet();
    return "looked-up";
  }

  @Test
  void theEnvironmentNamesTheHostWithoutALookup() {
    assertThat(RunOwner.host(Map.of("HOSTNAME", "build-7\n"), dir.resolve("none"), this::lookedUp, WAIT))
        .isEqualTo("build-7");
    assertThat(RunOwner.host(Map.of("COMPUTERNAME", "DESKTOP-1"), dir.resolve("none"), this::lookedUp, WAIT))
        .isEqualTo("DESKTOP-1");
    assertThat(lookups).hasValue(0);
  }

  @Test
  void linuxsFileNamesTheHostWhereTheEnvironmentDoesNot() throws Exception {
    Path file = Files.writeString(dir.resolve("hostname"), "ci-runner-3\n");
    assertThat(RunOwner.host(Map.of("HOSTNAME", " "), file, this::lookedUp, WAIT)).isEqualTo("ci-runner-3");
    assertThat(lookups).hasValue(0);
  }

  @Test
  void elsewhereTheNameIsLookedUp() {
    assertThat(RunOwner.host(Map.of(), dir.resolve("none"), this::lookedUp, WAIT)).isEqualTo("looked-up");
    assertThat(lookups).hasValue(1);
  }

  @Test
  void aLookupThatHangsLeavesTheHostUnnamedInsteadOfHoldingTheRun() throws Exception {
    CountDownLatch never = new CountDownLatch(1);
    try {
      // The lookup never answers: a name at all shows the run went on without it.
      assertThat(RunOwner.host(Map.of(), dir.resolve("none"), () -> {
        never.await();
        return "too late";
      }, WAIT)).isEqualTo(RunOwner.UNKNOWN_HOST);
    } finally {
      never.countDown();
    }
  }

  @Test
  void aLookupThatFailsLeavesTheHostUnnamed() {
    assertThat(RunOwner.host(Map.of(), dir.resolve("none"), () -> {
      throw new UnknownHostException("laptop.local");
    }, WAIT)).isEqualTo(RunOwner.UNKNOWN_HOST);
  }

  @Test
  void theOwnerNamesUserHostAndProcess() {
    String owner = RunOwner.describe();
    assertThat(owner).startsWith(System.getProperty("user.name") + " on ")
        .endsWith("(pid " + ProcessHandle.current().pid() + ")");
  }
}
