package com.example.blog;

import jakarta.persistence.*;
import java.util.*;

@Entity
public class Tag {
  @Id
  Long id;

  @Column(unique = true, length = 20)
  String label;
}
