package com.example.kitchen;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.util.*;

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
}
