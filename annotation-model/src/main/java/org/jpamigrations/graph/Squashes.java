package org.jpamigrations.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jpamigrations.migration.MigrationException;

/**
 * The squash migrations among a set of migrations ({@code @Revision(replaces)}), and the two forms of
 * history they allow while the replaced classes are still there: one that runs the squash, for
 * databases that applied none of the replaced revisions, and one that runs the originals, for
 * databases that applied some. A revision that names a replaced one as its parent follows the squash
 * in the first form; one that names the squash follows the last replaced one in the second.
 */
final class Squashes {

  static final Squashes NONE = new Squashes(Map.of(), Set.of());

  /** Squash revision to the revisions it replaces, oldest first. */
  private final Map<String, List<String>> replaced;
  /** Squashes whose originals run instead of them in this form of the history. */
  private final Set<String> expanded;
  /** Revision to the squashes that replace it: a lookup per history row, where scanning each squash's list is not. */
  private final Map<String, List<String>> squashesOf = new HashMap<>();

  private Squashes(Map<String, List<String>> replaced, Set<String> expanded) {
    this.replaced = replaced;
    this.expanded = expanded;
    replaced.forEach((squash, revisions) -> revisions.forEach(
        revision -> squashesOf.computeIfAbsent(revision, r -> new ArrayList<>()).add(squash)));
  }

  /** The squashes of the declared migrations, each checked, in the form that runs the squashes. */
  static Squashes of(Map<String, MigrationScript> declared) {
    Map<String, List<String>> replaced = new LinkedHashMap<>();
    for (MigrationScript script : declared.values()) {
      List<String> replaces = script.replaces();
      if (replaces.isEmpty()) {
        continue;
      }
      if (replaces.contains(script.revision())) {
        throw new MigrationException("Migration " + script.label() + " replaces itself. Remove "
            + script.revision() + " from its @Revision(replaces).");
      }
      List<String> present = replaces.stream().filter(declared::containsKey).toList();
      if (!present.isEmpty() && !present.contains(replaces.get(replaces.size() - 1))) {
        throw new MigrationException("Migration " + script.label() + " replaces " + String.join(", ", replaces)
            + ", but the last of them, " + replaces.get(replaces.size() - 1) + ", has no class while "
            + String.join(", ", present) + " still have one. Restore it, or delete all the replaced classes.");
      }
      replaced.put(script.revision(), replaces);
    }
    Squashes squashes = new Squashes(Collections.unmodifiableMap(replaced), Set.of());
    squashes.checkDisjoint();
    return squashes;
  }

  private void checkDisjoint() {
    Map<String, String> owner = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> squash : replaced.entrySet()) {
      for (String revision : squash.getValue()) {
        String other = owner.putIfAbsent(revision, squash.getKey());
        // A squash of a range that holds an earlier squash lists what that one replaced too.
        if (other != null && !replaced.get(other).contains(squash.getKey())
            && !squash.getValue().contains(other)) {
          throw new MigrationException("Revision " + revision + " is replaced by two squash migrations, " + other
              + " and " + squash.getKey() + ". Keep one of them.");
        }
      }
    }
  }

  boolean isEmpty() {
    return replaced.isEmpty();
  }

  /** The revisions the squash replaces, oldest first; empty when it is no squash. */
  List<String> replacedBy(String squash) {
    return replaced.getOrDefault(squash, List.of());
  }

  /**
   * The form of the history a database with these revisions applied follows: a squash that it has
   * not applied, while it applied some of the revisions it replaces whose classes are there, gives
   * way to them.
   */
  Squashes followedBy(Collection<String> applied, Set<String> declared) {
    Set<String> expand = new LinkedHashSet<>();
    for (Map.Entry<String, List<String>> squash : replaced.entrySet()) {
      boolean originals = squash.getValue().stream().anyMatch(declared::contains);
      boolean some = squash.getValue().stream().anyMatch(applied::contains);
      if (originals && some && !applied.contains(squash.getKey())) {
        expand.add(squash.getKey());
      }
    }
    return expand.equals(expanded) ? this : new Squashes(replaced, Set.copyOf(expand));
  }

  /** The migrations of this form of the history, with their parents following the revisions that run. */
  List<MigrationScript> scripts(Collection<MigrationScript> declared) {
    Map<String, String> follow = new LinkedHashMap<>();
    Set<String> left = new HashSet<>();
    for (Map.Entry<String, List<String>> squash : replaced.entrySet()) {
      List<String> originals = squash.getValue();
      if (expanded.contains(squash.getKey())) {
        left.add(squash.getKey());
        follow.put(squash.getKey(), originals.get(originals.size() - 1));
      } else {
        left.addAll(originals);
        originals.forEach(original -> follow.put(original, squash.getKey()));
      }
    }
    List<MigrationScript> scripts = new ArrayList<>();
    for (MigrationScript script : declared) {
      if (left.contains(script.revision())) {
        continue;
      }
      List<String> parents = script.parents().stream().map(p -> followed(follow, p)).distinct().toList();
      scripts.add(parents.equals(script.parents()) ? script
          : new MigrationScript(script.revision(), parents, script.message(), script.created(), script.type()));
    }
    return scripts;
  }

  /** The squash that runs here in place of the revision, or {@code null} when none does. */
  String squashOf(String revision) {
    for (String squash : squashesOf.getOrDefault(revision, List.of())) {
      if (runs(squash)) {
        return squash;
      }
    }
    return null;
  }

  /** Whether the squash runs in this form: neither its originals nor a squash that replaces it run instead. */
  private boolean runs(String squash) {
    if (expanded.contains(squash)) {
      return false;
    }
    return squashesOf.getOrDefault(squash, List.of()).stream().noneMatch(this::runs);
  }

  /** Where a parent reference leads in this form: through a squash that is itself replaced, to the one that runs. */
  private static String followed(Map<String, String> follow, String parent) {
    String at = parent;
    for (int hops = 0; follow.containsKey(at) && hops <= follow.size(); hops++) {
      at = follow.get(at);
    }
    return at;
  }

  /**
   * The revisions a database with these history rows has applied, in this form of the history: a
   * squash counts as applied when its row is there or the row of the last revision it replaces is,
   * since the replaced ones run in order.
   *
   * @throws MigrationException when the database applied only some of a squash's revisions and their
   *     classes are gone, so neither form can go on from there
   */
  Set<String> applied(Collection<String> rows, Map<String, MigrationScript> declared) {
    Set<String> applied = new LinkedHashSet<>();
    Set<String> present = new HashSet<>(rows);
    for (String row : rows) {
      String squash = squashOf(row);
      if (squash == null) {
        applied.add(row);
        continue;
      }
      List<String> originals = replaced.get(squash);
      if (present.contains(squash) || present.contains(originals.get(originals.size() - 1))) {
        applied.add(squash);
      } else {
        List<String> done = originals.stream().filter(present::contains).toList();
        throw new MigrationException("The database applied " + String.join(", ", done) + " of the revisions that "
            + "squash migration " + declared.get(squash).label() + " replaces, but not all, and the classes of the "
            + "others are gone. Restore the replaced migrations from version control and run upgrade, then delete "
            + "them again.");
      }
    }
    return applied;
  }
}
