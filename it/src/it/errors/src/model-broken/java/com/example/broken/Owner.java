package com.example.broken;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.List;

@Entity
public class Owner {
  @Id
  Long id;

  // there is no property "nope" on Pet: a broken mapping
  @OneToMany(mappedBy = "nope")
  List<Pet> pets;
}
