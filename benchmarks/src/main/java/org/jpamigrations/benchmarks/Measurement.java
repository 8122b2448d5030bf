package org.jpamigrations.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Runs a task a few times to warm up, then times it; reports the median, and the fastest and slowest runs. */
record Measurement(double medianMillis, double minMillis, double maxMillis) {

  interface Task {
    void run() throws Exception;
  }

  /** The median with the spread, as {@code 12.3 ms (10.1-15.0)}. */
  String describe() {
    return String.format("%8.1f ms (%.1f-%.1f)", medianMillis, minMillis, maxMillis);
  }

  static Measurement of(int warmups, int runs, Task setUp, Task task) throws Exception {
    for (int i = 0; i < warmups; i++) {
      setUp.run();
      task.run();
    }
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      setUp.run();
      long start = System.nanoTime();
      task.run();
      millis.add((System.nanoTime() - start) / 1e6);
    }
    return of(millis);
  }

  /**
   * Times tasks side by side: each warmed up, then one run of each per round, starting with a different task each
   * round, so that a slow spell of a busy machine (a checkpoint of the database, another process) falls on all of
   * them rather than on whichever ran then. {@code setUp} runs before every run and {@code after} after it, both
   * outside the timing. The measurements come in the order of the tasks.
   */
  static List<Measurement> interleaved(int warmups, int runs, Task setUp, Task after, List<Task> tasks)
      throws Exception {
    for (Task task : tasks) {
      for (int i = 0; i < warmups; i++) {
        setUp.run();
        task.run();
        after.run();
      }
    }
    List<List<Double>> millis = new ArrayList<>();
    tasks.forEach(task -> millis.add(new ArrayList<>()));
    for (int round = 0; round < runs; round++) {
      for (int i = 0; i < tasks.size(); i++) {
        int which = (round + i) % tasks.size();
        setUp.run();
        long start = System.nanoTime();
        tasks.get(which).run();
        millis.get(which).add((System.nanoTime() - start) / 1e6);
        after.run();
      }
    }
    return millis.stream().map(Measurement::of).toList();
  }

  /**
   * Runs {@code main} with {@code args} in a JVM of its own, on this JVM's class path and with Hibernate logging
   * through the JDK, and returns the milliseconds it printed last: the time of its work, the JVM's start left out.
   *
   * @param what the run, for the error when it fails
   * @param jvmOptions options of the new JVM besides its class path
   */
  static double inNewJvm(String what, List<String> jvmOptions, Class<?> main, List<String> args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dorg.jboss.logging.provider=jdk"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(args);
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (process.waitFor() != 0 || out.isEmpty()) {
      throw new IllegalStateException(what + " in a new JVM failed: " + out);
    }
    String[] lines = out.split("\n");
    return Double.parseDouble(lines[lines.length - 1].strip());
  }

  /** The median and spread of times taken elsewhere (in a JVM of their own). */
  static Measurement of(List<Double> samples) {
    List<Double> millis = new ArrayList<>(samples);
    Collections.sort(millis);
    return new Measurement(millis.get(millis.size() / 2), millis.get(0), millis.get(millis.size() - 1));
  }
}
