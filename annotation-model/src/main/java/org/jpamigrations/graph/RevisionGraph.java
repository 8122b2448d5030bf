package org.jpamigrations.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.model.Schema;
import org.jpamigrations.operation.Operation;

/**
 * The migrations as a history: each follows its parent revisions, from one first migration to one
 * head. Branches are allowed only when a merge migration joins them again, so the history always
 * ends in a single head; {@link #allowingHeads} accepts branches not merged yet, for the goals that
 * show or merge them.
 */
public final class RevisionGraph {

  /** The revision before the first migration: an empty schema. */
  public static final String BASE = "base";
  /** The target that names the last migration, whatever its id. */
  public static final String HEAD = "head";

  private static final int MAX_LISTED = 20;

  /** Every migration class, squashes and the revisions they replace included. */
  private final Map<String, MigrationScript> declared;
  private final Squashes squashes;
  /** The migrations of this form of the history: with each squash, or with its originals instead. */
  private final Map<String, MigrationScript> byRevision;
  private final List<MigrationScript> ordered;
  private final Map<String, Integer> position = new HashMap<>();
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

  private RevisionGraph(Map<String, MigrationScript> declared, Squashes squashes,
      Map<String, MigrationScript> byRevision, List<MigrationScript> ordered) {
    this.declared = declared;
    this.squashes = squashes;
    this.byRevision = byRevision;
    this.ordered = ordered;
    for (int i = 0; i < ordered.size(); i++) {
      position.put(ordered.get(i).revision(), i);
    }
  }

  /** Checks that the migrations form one history and orders them. */
  public static RevisionGraph of(List<MigrationScript> scripts) {
    RevisionGraph graph = allowingHeads(scripts);
    graph.checkSingleHead();
    return graph;
  }

  /**
   * Like {@link #of}, but accepts branches that no merge joins yet (several heads): for the goals
   * that show or merge them. Running migrations needs {@link #of}.
   */
  public static RevisionGraph allowingHeads(List<MigrationScript> scripts) {
    Map<String, MigrationScript> declared = new LinkedHashMap<>();
    for (MigrationScript script : scripts) {
      MigrationScript other = declared.putIfAbsent(script.revision(), script);
      if (other != null) {
        throw new MigrationException("Revision " + script.revision() + " is declared by two classes: "
            + other.type().getName() + " and " + script.type().getName()
            + ". Give one of them another @Revision(id = ...).");
      }
      if (BASE.equals(script.revision())) {
        throw new MigrationException("Migration " + script.type().getName() + " uses the reserved revision id "
            + BASE + ". Give it another @Revision(id = ...).");
      }
    }
    return build(Collections.unmodifiableMap(declared), Squashes.of(declared));
  }

  private static RevisionGraph build(Map<String, MigrationScript> declared, Squashes squashes) {
    Map<String, MigrationScript> byRevision = new LinkedHashMap<>();
    squashes.scripts(declared.values()).forEach(script -> byRevision.put(script.revision(), script));
    for (MigrationScript script : byRevision.values()) {
      for (String parent : script.parents()) {
        if (!byRevision.containsKey(parent)) {
          throw new MigrationException("Migration " + script.revision() + " (" + script.type().getSimpleName()
              + ") follows revision " + parent + ", which no migration class declares. Fix its @Revision(parent = ...)"
              + " or restore the migration " + parent + ".");
        }
      }
    }
    RevisionGraph graph = new RevisionGraph(declared, squashes, byRevision, topologicalOrder(byRevision));
    graph.checkSingleRoot();
    return graph;
  }

  /**
   * The form of this history that a database with these revisions in its history table follows: the
   * same, unless it applied some of the revisions a squash migration replaces (and not the squash),
   * while their classes are still there; then those run instead of the squash.
   */
  public RevisionGraph followedBy(Collection<String> applied) {
    Squashes followed = squashes.followedBy(applied, declared.keySet());
    return followed == squashes ? this : build(declared, followed);
  }

  /**
   * The revisions of this form that a database with these history rows has applied: the rows, with a
   * squash in place of the revisions it replaces once the last of them is applied.
   *
   * @throws MigrationException when the database applied only some of a squash's revisions and their
   *     classes are gone
   */
  public Set<String> appliedOf(Collection<String> rows) {
    return squashes.isEmpty() ? new LinkedHashSet<>(rows) : squashes.applied(rows, declared);
  }

  /** The revisions a squash migration replaces ({@code @Revision(replaces)}); empty for any other. */
  public List<String> replacedBy(String revision) {
    return squashes.replacedBy(revision);
  }

  /** Whether a history row of this revision is accounted for: it runs here, or a squash that runs stands for it. */
  public boolean accounts(String revision) {
    return contains(revision) || squashes.squashOf(revision) != null;
  }

  /** The squash migration that runs here in place of the revision, if one does. */
  public Optional<MigrationScript> squashOf(String revision) {
    return Optional.ofNullable(squashes.squashOf(revision)).map(byRevision::get);
  }

  /** Where the revision stands in {@link #ordered()}; -1 when it is not a migration of this form. */
  public int indexOf(String revision) {
    return position.getOrDefault(revision, -1);
  }

  // Kahn's algorithm; among migrations ready at the same time the smaller revision id goes first,
  // so the order is the same on every machine.
  private static List<MigrationScript> topologicalOrder(Map<String, MigrationScript> byRevision) {
    Map<String, Integer> waitingFor = new HashMap<>();
    Map<String, List<String>> children = new HashMap<>();
    TreeSet<String> ready = new TreeSet<>();
    for (MigrationScript script : byRevision.values()) {
      Set<String> parents = new HashSet<>(script.parents());
      waitingFor.put(script.revision(), parents.size());
      for (String parent : parents) {
        children.computeIfAbsent(parent, p -> new ArrayList<>()).add(script.revision());
      }
      if (parents.isEmpty()) {
        ready.add(script.revision());
      }
    }
    List<MigrationScript> ordered = new ArrayList<>();
    while (!ready.isEmpty()) {
      String revision = ready.pollFirst();
      ordered.add(byRevision.get(revision));
      for (String child : children.getOrDefault(revision, List.of())) {
        if (waitingFor.merge(child, -1, Integer::sum) == 0) {
          ready.add(child);
        }
      }
    }
    if (ordered.size() < byRevision.size()) {
      String cycle = byRevision.keySet().stream()
          .filter(r -> waitingFor.get(r) > 0).sorted().collect(Collectors.joining(", "));
      throw new MigrationException("Revisions " + cycle + " follow each other in a circle. "
          + "Fix their @Revision(parent = ...) so that the history runs one way from the first migration.");
    }
    return List.copyOf(ordered);
  }

  private void checkSingleRoot() {
    List<MigrationScript> roots = ordered.stream().filter(s -> s.parents().isEmpty()).toList();
    if (roots.size() > 1) {
      MigrationScript a = roots.get(0);
      MigrationScript b = roots.get(1);
      throw new MigrationException("Two first migrations: revisions " + a.revision() + " (" + a.type().getSimpleName()
          + ") and " + b.revision() + " (" + b.type().getSimpleName() + ") have no parent. "
          + "Set @Revision(parent = ...) of the newer to the other's id.");
    }
  }

  private void checkSingleHead() {
    List<MigrationScript> heads = heads();
    if (heads.size() > 1) {
      MigrationScript a = heads.get(0);
      MigrationScript b = heads.get(1);
      Set<String> common = lineage(a.revision());
      common.retainAll(lineage(b.revision()));
      String fork = common.stream().max(Comparator.comparing(position::get)).orElse(BASE);
      throw new MigrationException("Two heads: revisions " + a.revision() + " (" + a.type().getSimpleName() + ") and "
          + b.revision() + " (" + b.type().getSimpleName() + ") both follow " + fork + ". "
          + "Make one follow the other: set @Revision(parent = ...) of the newer to the other's id, "
          + "or merge them with mvn migrations:merge.");
    }
  }

  /** All migrations, each after the revisions it follows: from the first migration to the head. */
  public List<MigrationScript> ordered() {
    return ordered;
  }

  /** The migrations no other migration follows, in order: one, unless branches wait for a merge. */
  public List<MigrationScript> heads() {
    Set<String> withChildren = new HashSet<>();
    ordered.forEach(s -> withChildren.addAll(s.parents()));
    return ordered.stream().filter(s -> !withChildren.contains(s.revision())).toList();
  }

  /** The revisions that follow the given one directly, in order. */
  public List<MigrationScript> children(String revision) {
    return ordered.stream().filter(s -> s.parents().contains(revision)).toList();
  }

  /**
   * The last migration in order, which follows all others when there is a single head; empty when
   * there are no migrations.
   */
  public Optional<MigrationScript> head() {
    return ordered.isEmpty() ? Optional.empty() : Optional.of(ordered.get(ordered.size() - 1));
  }

  /**
   * A target as the user gives it: {@code head} becomes the last migration's revision ({@code base} when
   * there is none); any other value, {@code base} and {@code null} included, is returned as it is.
   */
  public String resolve(String target) {
    if (!HEAD.equals(target)) {
      List<String> originals = target == null || contains(target) ? List.of() : replacedBy(target);
      // A squash whose originals run here: its schema is the one the last of them leaves.
      return originals.isEmpty() ? target : originals.get(originals.size() - 1);
    }
    return head().map(MigrationScript::revision).orElse(BASE);
  }

  /**
   * How messages name the revision: its migration's label, or the bare id of one no migration declares (a history
   * row whose class is gone).
   */
  public String labelOf(String revision) {
    return contains(revision) ? get(revision).label() : revision;
  }

  /** Whether a migration declares this revision. */
  public boolean contains(String revision) {
    return byRevision.containsKey(revision);
  }

  /** The migration of that revision; a {@link MigrationException} listing the known ones if there is none. */
  public MigrationScript get(String revision) {
    MigrationScript script = byRevision.get(revision);
    String squash = script == null ? squashes.squashOf(revision) : null;
    if (squash != null) {
      throw new MigrationException("Revision " + revision + " is one of those squash migration "
          + byRevision.get(squash).label() + " replaces: name " + squash + ", or a revision before or after it.");
    }
    if (script == null) {
      List<String> known = ordered.stream().map(MigrationScript::revision).toList();
      String listed = known.size() <= MAX_LISTED ? String.join(", ", known)
          : "..., " + String.join(", ", known.subList(known.size() - MAX_LISTED, known.size()));
      throw new MigrationException("Unknown revision " + revision + ". Known revisions: "
          + (known.isEmpty() ? "none" : listed) + " (or " + HEAD + ", " + BASE + ").");
    }
    return script;
  }

  /** The revision and every revision it follows, directly or not; empty for {@code null} or base. */
  public Set<String> lineage(String revision) {
    Set<String> seen = new HashSet<>();
    if (revision == null || BASE.equals(revision)) {
      return seen;
    }
    Deque<String> todo = new ArrayDeque<>();
    todo.push(get(revision).revision());
    while (!todo.isEmpty()) {
      String next = todo.pop();
      if (seen.add(next)) {
        byRevision.get(next).parents().forEach(todo::push);
      }
    }
    return seen;
  }

  /** The revisions that any of these follow, directly or not, except those that none of the others follows. */
  public Set<String> ancestorsOf(Collection<String> revisions) {
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    revisions.forEach(r -> get(r).parents().forEach(todo::push));
    while (!todo.isEmpty()) {
      String next = todo.pop();
      if (seen.add(next)) {
        byRevision.get(next).parents().forEach(todo::push);
      }
    }
    return seen;
  }

  /**
   * The migrations after {@code fromExclusive} up to and including {@code toInclusive}, in order:
   * those that {@code toInclusive} follows but {@code fromExclusive} does not. {@code null} or base
   * as {@code fromExclusive} means from the start; {@code null} as {@code toInclusive} means the head.
   */
  public List<MigrationScript> between(String fromExclusive, String toInclusive) {
    Set<String> wanted = new HashSet<>();
    if (toInclusive != null) {
      wanted.addAll(lineage(toInclusive));
    } else {
      heads().forEach(h -> wanted.addAll(lineage(h.revision())));
    }
    wanted.removeAll(lineage(fromExclusive));
    return ordered.stream().filter(s -> wanted.contains(s.revision())).toList();
  }

  /** The schema once the migrations up to and including the revision ran; empty for {@code null} or base. */
  public Schema schemaAt(String revisionOrNull) {
    if (revisionOrNull == null || BASE.equals(revisionOrNull)) {
      return Schema.EMPTY;
    }
    // Walk back along single parents to a known schema, then replay forward, remembering each
    // step: runs and repeated calls then replay each migration once, not once per descendant.
    Deque<MigrationScript> chain = new ArrayDeque<>();
    MigrationScript at = get(revisionOrNull);
    Schema schema;
    while (true) {
      Schema known = schemas.get(at.revision());
      if (known != null) {
        schema = known;
        break;
      }
      if (at.parents().size() == 1) {
        chain.push(at);
        at = byRevision.get(at.parents().get(0));
        continue;
      }
      schema = at.parents().isEmpty() ? apply(at, at.up(), Schema.EMPTY) : replay(lineage(at.revision()));
      schemas.put(at.revision(), schema);
      break;
    }
    while (!chain.isEmpty()) {
      MigrationScript next = chain.pop();
      schema = apply(next, next.up(), schema);
      schemas.put(next.revision(), schema);
    }
    return schema;
  }

  /** The schema a migration starts from: every revision it follows replayed, but not itself. */
  public Schema schemaBefore(String revision) {
    MigrationScript script = get(revision);
    if (script.parents().size() == 1) {
      return schemaAt(script.parents().get(0));
    }
    Set<String> before = lineage(revision);
    before.remove(revision);
    return replay(before);
  }

  /**
   * The schema once exactly these revisions ran, in order: what a database with those revisions
   * applied should have. Empty for no revisions.
   */
  public Schema schemaOf(Set<String> revisions) {
    revisions.forEach(this::get);
    return replay(revisions);
  }

  private Schema replay(Set<String> revisions) {
    Schema schema = Schema.EMPTY;
    for (MigrationScript script : ordered) {
      if (revisions.contains(script.revision())) {
        schema = apply(script, script.up(), schema);
      }
    }
    return schema;
  }

  /** Applies a migration's operations to the schema model, with a message naming the one that does not fit. */
  public static Schema apply(MigrationScript script, List<Operation> operations, Schema schema) {
    for (Operation operation : operations) {
      if (!operation.changesSchema()) {
        continue;
      }
      try {
        schema = operation.apply(schema);
      } catch (IllegalArgumentException e) {
        throw new MigrationException("Migration " + script.label()
            + " does not fit the migrations before it: " + operation.describe() + " fails: " + e.getMessage()
            + ". Fix the migration so that it matches the schema its parents leave.", e);
      }
    }
    return schema;
  }
}
