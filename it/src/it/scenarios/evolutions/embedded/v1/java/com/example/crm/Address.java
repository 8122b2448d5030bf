package com.example.crm;

import jakarta.persistence.*;

@Embeddable
public class Address {
  @Column(length = 80)
  String street;

  @Column(length = 40)
  String city;
}
