package org.jpamigrations.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Runs a task a few times to warm up, then times it; reports the median and the fastest run. */
record Measurement(double medianMillis, double minMillis) {

  interface Task {
    void run() throws Exception;
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
    Collections.sort(millis);
    return new Measurement(millis.get(millis.size() / 2), millis.get(0));
  }
}
