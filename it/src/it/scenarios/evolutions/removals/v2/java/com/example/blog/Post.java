package com.example.blog;

import jakarta.persistence.*;
import java.util.*;

/** v2: no more videos, labels or tags; the slug and the index go. */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Post {
  @Id
  Long id;

  @Column(length = 100)
  String title;

  @ManyToOne
  Author author;
}
