package com.example.kitchen;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.util.*;

@Entity
public class Ingredient {
  @Id
  Long id;

  @Column(nullable = false, unique = true, length = 40)
  String name;
}
