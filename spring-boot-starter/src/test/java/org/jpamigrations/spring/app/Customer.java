package org.jpamigrations.spring.app;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The entity the test migrations create the table of. */
@Entity
public class Customer {

  @Id
  private Long id;

  @Column(length = 100)
  private String name;

  @Column(length = 200)
  private String email;

  protected Customer() {}
}
