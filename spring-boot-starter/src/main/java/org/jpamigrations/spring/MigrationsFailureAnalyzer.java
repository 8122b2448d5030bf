package org.jpamigrations.spring;

import org.jpamigrations.migration.MigrationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a start-up that the migrations stopped as Boot reports its own failures: the message, which
 * names the thing, the cause and the fix, without the stack trace (Boot logs it at debug level).
 */
public final class MigrationsFailureAnalyzer extends AbstractFailureAnalyzer<MigrationException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MigrationException cause) {
    return new FailureAnalysis(cause.getMessage(), "Do what the description says, then start the application again.",
        cause);
  }
}
