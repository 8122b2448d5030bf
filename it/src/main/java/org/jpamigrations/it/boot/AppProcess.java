package org.jpamigrations.it.boot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** A started application: wait for it with a time limit; closing it kills whatever still runs. */
public final class AppProcess implements AutoCloseable {

  private final String name;
  private final Process process;
  private final Path log;

  AppProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  /** Waits for the exit; kills the process and fails when it takes longer than the timeout. */
  public int waitFor(Duration timeout) throws InterruptedException, IOException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      close();
      throw new AssertionError(name + " did not exit within " + timeout.toSeconds() + " s; killed it. Output:\n"
          + output());
    }
    return process.exitValue();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Everything it wrote so far, standard output and error. */
  public String output() throws IOException {
    return Files.exists(log) ? Files.readString(log) : "";
  }

  public String name() {
    return name;
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
