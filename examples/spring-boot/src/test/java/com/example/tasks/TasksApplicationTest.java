package com.example.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Starts the application on a fresh in-memory H2 database: the starter applies the migrations before
 * Hibernate validates the schema, and the repositories then work on the migrated tables.
 */
@SpringBootTest
class TasksApplicationTest {

  @Autowired
  private ProjectRepository projects;

  @Autowired
  private TaskRepository tasks;

  @Autowired
  private JdbcTemplate jdbc;

  @Test
  void theMigratedSchemaHoldsTheEntities() {
    Project project = projects.save(new Project("launch"));
    Task task = new Task(project, "write the docs", LocalDate.of(2027, 1, 15));
    task.finish();
    tasks.save(task);

    assertThat(tasks.findByProjectNameAndStatus("launch", Task.Status.DONE))
        .extracting(Task::getTitle).containsExactly("write the docs");
  }

  @Test
  void everyMigrationIsRecorded() {
    Integer applied = jdbc.queryForObject("select count(*) from jpa_migrations_history", Integer.class);
    assertThat(applied).isPositive();
  }
}
