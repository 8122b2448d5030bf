package com.example.music;

import jakarta.persistence.*;

/** v3: a table with a composite key, and rows (see seed.sql). */
@Entity
public class ChartEntry {
  @EmbeddedId
  ChartKey id;

  @ManyToOne
  Track track;
}
