package com.example.crm;

import jakarta.persistence.*;

@Entity
public class Customer {
  @Id
  Long id;

  String name;

  @Embedded
  Address home;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "street", column = @Column(name = "work_street", length = 80)),
    @AttributeOverride(name = "city", column = @Column(name = "work_city", length = 40))
  })
  Address work;
}
