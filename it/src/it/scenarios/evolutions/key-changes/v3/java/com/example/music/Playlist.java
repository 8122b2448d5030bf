package com.example.music;

import jakarta.persistence.*;
import java.util.*;

/** v3: the moods are a set again: their key goes back to (owner, value) and the position column goes. */
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
