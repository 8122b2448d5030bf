package com.example.blog;

import jakarta.persistence.*;
import java.util.*;

@Entity
@Inheritance(strategy = InheritanceType.JOINED)
@Table(indexes = @Index(name = "ix_post_title", columnList = "title"))
public class Post {
  @Id
  Long id;

  @Column(length = 100)
  String title;

  @Column(length = 40)
  String slug;

  @ManyToOne
  Author author;

  @ElementCollection
  @CollectionTable(name = "post_labels")
  Set<String> labels = new HashSet<>();

  @ManyToMany
  Set<Tag> tags = new HashSet<>();
}
