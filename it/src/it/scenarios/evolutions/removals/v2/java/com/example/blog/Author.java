package com.example.blog;

import jakarta.persistence.*;
import java.util.*;

@Entity
public class Author {
  @Id
  Long id;

  String name;
}
