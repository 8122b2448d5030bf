package com.example.music;

import jakarta.persistence.*;
import java.util.*;

/** v2: both collections become ordered lists: their tables' primary keys change. */
@Entity
public class Playlist {
  @Id
  Long id;

  @ManyToMany
  @JoinTable(name = "playlist_tracks")
  @OrderColumn(name = "position")
  List<Track> tracks = new ArrayList<>();

  @ElementCollection
  @OrderColumn(name = "position")
  List<String> moods = new ArrayList<>();
}
