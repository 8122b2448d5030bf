package com.example.blog;

import jakarta.persistence.*;
import java.util.*;

/** v3: authors go too, and with them the foreign key. */
@Entity
public class Post {
  @Id
  Long id;

  @Column(length = 100)
  String title;
}
