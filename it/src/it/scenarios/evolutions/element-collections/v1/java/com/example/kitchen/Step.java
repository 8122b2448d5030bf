package com.example.kitchen;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.util.*;

@Embeddable
public class Step {
  @Column(length = 200)
  String text;

  Integer minutes;
}
