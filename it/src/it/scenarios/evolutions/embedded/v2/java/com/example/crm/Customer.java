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
    @AttributeOverride(name = "city", column = @Column(name = "work_city", length = 40)),
    @AttributeOverride(name = "location.lat", column = @Column(name = "work_lat")),
    @AttributeOverride(name = "location.lon", column = @Column(name = "work_lon"))
  })
  @AssociationOverride(name = "country", joinColumns = @JoinColumn(name = "work_country"))
  Address work;
}
