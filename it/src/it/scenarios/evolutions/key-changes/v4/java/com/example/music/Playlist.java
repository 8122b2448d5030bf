package com.example.music;

import jakarta.persistence.*;
import java.util.*;

/** As in v3. */
@Entity
public class Playlist {
  @Id
  Long id;

  @ManyToMany
  @JoinTable(name = "playlist_tracks")
  @OrderColumn(name = "position")
  List<Track> tracks = new ArrayList<>();

  @ElementCollection
  Set<String> moods = new HashSet<>();
}
