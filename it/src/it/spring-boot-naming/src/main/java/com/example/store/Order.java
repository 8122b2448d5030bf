package com.example.store;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

@Entity
public class Order {

  @Id
  @GeneratedValue
  private Long id;

  private LocalDate placedOn;

  @ManyToOne(optional = false)
  private Customer placedBy;
}
