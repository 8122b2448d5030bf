package com.example.crm;

import jakarta.persistence.*;

/** v2: a nested embeddable and an association inside the embeddable. */
@Embeddable
public class Address {
  @Column(length = 80)
  String street;

  @Column(length = 40)
  String city;

  @Embedded
  GeoPoint location;

  @ManyToOne
  Country country;
}
