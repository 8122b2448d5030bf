package com.example.club;

import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotNull;

@Entity
public class Squad extends Team {

  @NotNull
  private String sport;
}
