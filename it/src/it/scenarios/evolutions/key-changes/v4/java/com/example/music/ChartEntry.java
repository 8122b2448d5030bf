package com.example.music;

import jakarta.persistence.*;

/** v4: its key gains a column (see ChartKey). */
@Entity
public class ChartEntry {
  @EmbeddedId
  ChartKey id;

  @ManyToOne
  Track track;
}
