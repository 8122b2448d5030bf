package org.jpamigrations.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jpamigrations.model.Schema;
import org.jpamigrations.operation.CreateTable;
import org.junit.jupiter.api.Test;

/**
 * Rendering runs inside applications at start-up: it must not write Hibernate's own warnings or its
 * "Database info" block into their logs.
 */
class QuietRenderingTest {

  @Test
  void renderingLogsNothingOfHibernate() {
    List<String> messages = new CopyOnWriteArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        messages.add(String.valueOf(record.getMessage()));
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger hibernate = Logger.getLogger("org.hibernate");
    Level level = hibernate.getLevel();
    hibernate.setLevel(Level.ALL);
    hibernate.addHandler(handler);
    try {
      for (String database : List.of("h2", "postgresql", "mariadb")) {
        SqlDialect dialect = SqlDialects.forName(database);
        assertThat(dialect.render(new CreateTable(GoldenCases.CUSTOMER), Schema.EMPTY)).isNotEmpty();
      }
    } finally {
      hibernate.removeHandler(handler);
      hibernate.setLevel(level);
    }
    assertThat(messages).noneMatch(m -> m.contains("HHH90000025") || m.contains("HHH10001005")
        || m.contains("Database info") || m.contains("does not need to be specified"));
  }
}
