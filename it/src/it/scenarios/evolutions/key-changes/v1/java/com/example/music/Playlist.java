package com.example.music;

import jakarta.persistence.*;
import java.util.*;

@Entity
public class Playlist {
  @Id
  Long id;

  @ManyToMany
  @JoinTable(name = "playlist_tracks")
  Set<Track> tracks = new HashSet<>();

  @ElementCollection
  Set<String> moods = new HashSet<>();
}
