package org.jpamigrations.plugin.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import org.jpamigrations.migration.MigrationException;
import org.junit.jupiter.api.Test;

/** Work beside the caller ends as if it had run on the caller's thread. */
class BackgroundTest {

  @Test
  void theWorkRunsBesideTheCallerWithItsContextClassLoader() throws Exception {
    CountDownLatch callerReached = new CountDownLatch(1);
    ClassLoader loader = new ClassLoader(getClass().getClassLoader()) { };
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      // The work waits for the caller: it finishes only if it runs on a thread of its own.
      Background<ClassLoader> work = Background.start("waiting", () -> {
        callerReached.await();
        return Thread.currentThread().getContextClassLoader();
      });
      String callers = work.alongside(() -> {
        callerReached.countDown();
        return "caller";
      });
      assertThat(callers).isEqualTo("caller");
      assertThat(work.join()).isSameAs(loader);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  @Test
  void aFailureOfTheWorkIsThrownAsItWas() {
    MigrationException failure = new MigrationException("the history cannot be read");
    Background<String> work = Background.start("failing", () -> {
      throw failure;
    });
    assertThatThrownBy(work::join).isSameAs(failure);
    Background<String> checked = Background.start("failing", () -> {
      throw new IOException("disk");
    });
    assertThatThrownBy(checked::join).isInstanceOf(IllegalStateException.class).hasCauseInstanceOf(IOException.class);
  }

  @Test
  void whenBothPartsFailTheWorksFailureComesFirst() {
    MigrationException history = new MigrationException("the history cannot be read");
    Background<String> work = Background.start("failing", () -> {
      throw history;
    });
    assertThatThrownBy(() -> work.alongside(() -> {
      throw new MigrationException("the mapping is invalid");
    })).isSameAs(history);
  }

  @Test
  void whenOnlyTheCallersPartFailsItsFailureIsThrown() {
    Background<String> work = Background.start("succeeding", () -> "history");
    MigrationException mapping = new MigrationException("the mapping is invalid");
    assertThatThrownBy(() -> work.alongside(() -> {
      throw mapping;
    })).isSameAs(mapping);
  }
}
