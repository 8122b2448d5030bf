package com.example.crm;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Visit {
  @Id
  Long id;

  @ManyToOne
  Customer customer;

  String note;
}
