package org.jpamigrations.it.boot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Spring Boot fat jar an IT project built, started with {@code java -jar} as a user starts it: each run
 * writes its output to {@code <name>.log} next to the jar, for the verify script to read and a person to
 * look at.
 */
public record BootJar(Path jar) {

  public BootJar {
    if (!Files.isRegularFile(jar)) {
      throw new IllegalArgumentException("No application jar at " + jar + ": the package phase did not build it.");
    }
  }

  /** Starts the application; close the result to stop it. */
  public AppProcess start(String name, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // Short-lived JVMs: the client compiler starts them faster.
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    Path log = jar.resolveSibling(name + ".log");
    Process process = new ProcessBuilder(command)
        .directory(jar.getParent().getParent().toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    return new AppProcess(name, process, log);
  }
}
