package com.example.kitchen;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.util.*;

/** v2: maps keyed by a basic column and by an enum. */
@Entity
public class Recipe {
  @Id
  Long id;

  String title;

  @ElementCollection
  @CollectionTable(name = "recipe_tags", joinColumns = @JoinColumn(name = "recipe_id"))
  @Column(name = "tag", length = 30)
  Set<String> tags = new HashSet<>();

  @ElementCollection
  @OrderColumn(name = "step_no")
  List<Step> steps = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "recipe_nutrition")
  @MapKeyColumn(name = "nutrient", length = 20)
  @Column(name = "grams")
  Map<String, Integer> nutrition = new HashMap<>();

  @ElementCollection
  @MapKeyEnumerated(EnumType.STRING)
  @MapKeyColumn(name = "meal", length = 10)
  @Column(name = "note", length = 100)
  Map<Meal, String> notes = new HashMap<>();
}
