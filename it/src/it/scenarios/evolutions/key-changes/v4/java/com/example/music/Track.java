package com.example.music;

import jakarta.persistence.*;
import java.util.*;

@Entity
public class Track {
  @Id
  Long id;

  String title;
}
