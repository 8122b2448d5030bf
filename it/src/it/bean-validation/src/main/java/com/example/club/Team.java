package com.example.club;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

// One table for the hierarchy: a subclass's @NotNull leaves its column nullable.
@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
public class Team {

  @Id
  private Long id;

  @NotNull
  @Size(max = 60)
  private String title;
}
