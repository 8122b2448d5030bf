package com.example.tasks;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

@Entity
public class Task {

  public enum Status { OPEN, DOING, DONE }

  @Id
  @GeneratedValue
  private Long id;

  @NotBlank
  @Size(max = 200)
  private String title;

  @Enumerated(EnumType.STRING)
  private Status status = Status.OPEN;

  private LocalDate due;

  @ManyToOne(optional = false)
  private Project project;

  protected Task() {}

  public Task(Project project, String title, LocalDate due) {
    this.project = project;
    this.title = title;
    this.due = due;
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public Status getStatus() {
    return status;
  }

  public LocalDate getDue() {
    return due;
  }

  public Project getProject() {
    return project;
  }

  public void finish() {
    status = Status.DONE;
  }
}
