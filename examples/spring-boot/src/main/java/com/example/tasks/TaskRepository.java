package com.example.tasks;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TaskRepository extends JpaRepository<Task, Long> {

  List<Task> findByProjectNameAndStatus(String projectName, Task.Status status);
}
