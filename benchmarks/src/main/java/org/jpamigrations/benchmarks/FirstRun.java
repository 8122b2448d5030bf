package org.jpamigrations.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jpamigrations.plugin.command.GenerateCommand;

/**
 * {@code generate} and the bare metadata build as the first thing a new JVM does, as each
 * {@code mvn migrations:generate} runs it: the time includes loading Hibernate and the classes of each side. Each
 * run is a JVM of its own, started with the benchmark's class path; the JVM's own start is not counted.
 */
final class FirstRun {

  private static final String GENERATE = "generate";
  private static final String METADATA = "metadata";
  private static final String REMEMBERING = "remembering";
  /** Held so that java.util.logging keeps its level: Hibernate's boot logs its version. */
  private static final java.util.logging.Logger HIBERNATE = java.util.logging.Logger.getLogger("org.hibernate");

  private FirstRun() {}

  /** Alternates new JVMs running generate and the metadata builds, {@code runs} of each. */
  static List<String> rows(GeneratedModel model, Path project, int runs) throws Exception {
    List<Double> ours = new ArrayList<>();
    List<Double> metadata = new ArrayList<>();
    List<Double> remembering = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      Benchmarks.migrations(project);
      ours.add(fork(GENERATE, model, project));
      metadata.add(fork(METADATA, model, project));
      remembering.add(fork(REMEMBERING, model, project));
    }
    Measurement generate = Measurement.of(ours);
    return List.of(
        Benchmarks.row("generate, new JVM", model.entities() + " entities", generate,
            "Hibernate boot metamodel, new JVM", Measurement.of(metadata)),
        Benchmarks.row("", "", generate, "the same, missing classes remembered", Measurement.of(remembering)));
  }

  private static double fork(String what, GeneratedModel model, Path project) throws IOException, InterruptedException {
    return Measurement.inNewJvm("The " + what + " run", List.of("-Xms512m"), FirstRun.class,
        List.of(what, Integer.toString(model.entities()), model.classes().toString(), project.toString()));
  }

  /** In the new JVM: runs one side once and prints the milliseconds it took. */
  public static void main(String[] args) throws Exception {
    HIBERNATE.setLevel(java.util.logging.Level.SEVERE);
    GeneratedModel model = GeneratedModel.compiled(Integer.parseInt(args[1]), Path.of(args[2]));
    Path project = Path.of(args[3]);
    long start = System.nanoTime();
    ClassLoader loader = Benchmarks.loader(model);
    if (GENERATE.equals(args[0])) {
      GenerateCommand.Request request = Benchmarks.generate(model, project, loader);
      new GenerateCommand().run(request, Benchmarks.Silent.REPORTER).orElseThrow();
    } else {
      Benchmarks.buildMetadata(model, loader, REMEMBERING.equals(args[0]));
    }
    System.out.println((System.nanoTime() - start) / 1e6);
  }
}
