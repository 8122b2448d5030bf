package org.jpamigrations.plugin.concurrent;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.jpamigrations.migration.MigrationException;

/**
 * Work that runs on a thread of its own while the caller does other work that does not need it. In a new JVM
 * most of a goal's time is loading classes, and two independent parts (reading the mapping and reading the
 * history or the database; scanning the classes and starting Hibernate's services) load different ones.
 *
 * @param <T> what the work returns
 */
public final class Background<T> {

  private final String name;
  private final FutureTask<T> task;

  private Background(String name, FutureTask<T> task) {
    this.name = name;
    this.task = task;
  }

  /** Starts the work, with the caller's context class loader; the name says what it does, in a message. */
  public static <T> Background<T> start(String name, Callable<T> work) {
    FutureTask<T> task = new FutureTask<>(work);
    Thread thread = new Thread(task, "migrations: " + name);
    thread.setDaemon(true); // a goal that fails first does not wait for it
    thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
    thread.start();
    return new Background<>(name, task);
  }

  /**
   * Runs the caller's own part while this work runs. Where that part fails, this work's failure comes first if it
   * has one, as if this work had run before it.
   */
  public <R> R alongside(Supplier<R> callersPart) {
    try {
      return callersPart.get();
    } catch (RuntimeException | Error e) {
      join();
      throw e;
    }
  }

  /** The result, or the failure the work ended with, as if it had run on the caller's thread. */
  public T join() {
    try {
      return task.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MigrationException("Interrupted while " + name, e);
    }
  }
}
