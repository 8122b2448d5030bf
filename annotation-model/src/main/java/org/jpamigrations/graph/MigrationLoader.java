package org.jpamigrations.graph;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.jpamigrations.migration.Migration;
import org.jpamigrations.migration.MigrationException;
import org.jpamigrations.migration.Revision;

/**
 * Finds the migration classes of one package (not its sub-packages) on a class path, in directories
 * ({@code target/classes}) and in jars alike, without initializing them.
 */
public final class MigrationLoader {

  private MigrationLoader() {}

  /**
   * The migrations of the package, for the goals that work on a database: a package that does not exist
   * or holds no migration is an error, since a misspelt package would look like a database with nothing
   * to do.
   */
  public static List<MigrationScript> loadRequired(ClassLoader loader, String packageName) {
    List<MigrationScript> scripts = load(loader, packageName);
    if (scripts.isEmpty()) {
      // A package of no class at all does not even exist once compiled: one message covers both.
      throw new MigrationException("No migration in package " + packageName + " on the class path. Check"
          + " migrations.package (init printed the package it created), or generate the first migration with"
          + " mvn migrations:generate.");
    }
    return scripts;
  }

  /** The migrations of the package, ordered by revision id; an empty list when the package does not exist. */
  public static List<MigrationScript> load(ClassLoader loader, String packageName) {
    Map<String, MigrationScript> byRevision = new LinkedHashMap<>();
    for (String className : classNames(loader, packageName)) {
      Class<?> type = loadClass(loader, className);
      MigrationScript script = toScript(type);
      if (script == null) {
        continue;
      }
      MigrationScript other = byRevision.putIfAbsent(script.revision(), script);
      if (other != null) {
        throw new MigrationException("Revision " + script.revision() + " is declared by two classes: "
            + other.type().getName() + " and " + type.getName()
            + ". Give one of them another @Revision(id = ...) and update the parent of the migration that follows it.");
      }
    }
    return byRevision.values().stream()
        .sorted(Comparator.comparing(MigrationScript::revision))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private static MigrationScript toScript(Class<?> type) {
    Revision revision = type.getAnnotation(Revision.class);
    boolean migration = Migration.class.isAssignableFrom(type);
    if (!migration || type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
      if (revision != null && !migration) {
        throw new MigrationException("Class " + type.getName() + " has @Revision but does not implement "
            + Migration.class.getName() + ". Implement it, or remove the annotation.");
      }
      return null;
    }
    if (revision == null) {
      throw new MigrationException("Migration class " + type.getName() + " has no @Revision annotation. "
          + "Add @Revision(id = ..., parent = ...) to place it in the history.");
    }
    if (revision.id().isBlank()) {
      throw new MigrationException("Migration class " + type.getName() + " has an empty @Revision id. "
          + "Give it a unique id, for example a timestamp such as 20260101120000.");
    }
    for (String database : revision.databases()) {
      if (!DATABASES.contains(database.strip().toLowerCase(java.util.Locale.ROOT))) {
        throw new MigrationException("Migration class " + type.getName() + " names database '" + database
            + "' in @Revision(databases). Use " + String.join(", ", DATABASES) + ".");
      }
    }
    return new MigrationScript(revision.id(), List.of(revision.parent()), revision.message(), revision.created(),
        (Class<? extends Migration>) type);
  }

  /** The databases {@code @Revision(databases)} may name. */
  static final List<String> DATABASES = List.of("h2", "postgresql", "mysql", "mariadb", "sqlserver", "oracle");

  /**
   * Loads a class; a class file cut short is read again for a few seconds, since another build of the
   * same project (a second terminal, the IDE) may be writing it at this moment.
   */
  private static Class<?> loadClass(ClassLoader loader, String className) {
    for (int attempt = 1; ; attempt++) {
      try {
        return Class.forName(className, false, loader);
      } catch (ClassFormatError e) {
        if (!String.valueOf(e.getMessage()).contains("Truncated")) {
          throw new MigrationException("Cannot load migration class " + className + ": " + e
              + ". Recompile the project (mvn compile) or fix the class.", e);
        }
        if (attempt == HALF_WRITTEN_ATTEMPTS) {
          throw new MigrationException("Cannot load migration class " + className + ": its class file is cut short ("
              + e.getMessage() + "). Another build of this project may be writing target/classes: let it finish,"
              + " then run again; otherwise recompile (mvn clean compile).", e);
        }
        pause();
      } catch (ClassNotFoundException | LinkageError e) {
        throw new MigrationException("Cannot load migration class " + className + ": " + e
            + ". Recompile the project (mvn compile) or fix the class.", e);
      }
    }
  }

  private static final int HALF_WRITTEN_ATTEMPTS = 20;

  private static void pause() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MigrationException("Interrupted while loading the migration classes.", e);
    }
  }

  /** Names of the top-level classes in the package, sorted, from every class path entry that has it. */
  private static TreeSet<String> classNames(ClassLoader loader, String packageName) {
    String path = packageName.replace('.', '/');
    TreeSet<String> names = new TreeSet<>();
    try {
      Enumeration<URL> urls = loader.getResources(path);
      while (urls.hasMoreElements()) {
        URL url = urls.nextElement();
        List<String> simpleNames = switch (url.getProtocol()) {
          case "file" -> fromDirectory(url);
          case "jar" -> fromJar(url, path);
          default -> throw new MigrationException("Cannot list migration classes in " + url
              + ": only directories and jar files are supported. Put the migrations in a plain jar or directory.");
        };
        for (String simpleName : simpleNames) {
          names.add(packageName.isEmpty() ? simpleName : packageName + "." + simpleName);
        }
      }
    } catch (IOException e) {
      throw new MigrationException("Cannot list the classes of package " + packageName + ": " + e.getMessage()
          + ". Check that the class path is readable.", e);
    }
    return names;
  }

  private static List<String> fromDirectory(URL url) throws IOException {
    Path directory;
    try {
      directory = Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IOException("Bad directory URL " + url, e);
    }
    List<String> names = new ArrayList<>();
    if (!Files.isDirectory(directory)) {
      return names;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.class")) {
      for (Path file : files) {
        if (Files.isRegularFile(file)) {
          topLevelClass(file.getFileName().toString()).ifPresent(names::add);
        }
      }
    } catch (DirectoryIteratorException e) {
      throw e.getCause();
    }
    return names;
  }

  private static List<String> fromJar(URL url, String path) throws IOException {
    URLConnection connection = url.openConnection();
    if (!(connection instanceof JarURLConnection jarConnection)) {
      throw new IOException("Not a jar URL: " + url);
    }
    // A cached JarFile is shared with the class loader: closing it would break class loading.
    jarConnection.setUseCaches(false);
    String prefix = path.isEmpty() ? "" : path + "/";
    List<String> names = new ArrayList<>();
    try (JarFile jar = jarConnection.getJarFile()) {
      Enumeration<JarEntry> entries = jar.entries();
      while (entries.hasMoreElements()) {
        JarEntry entry = entries.nextElement();
        String name = entry.getName();
        if (!entry.isDirectory() && name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0) {
          topLevelClass(name.substring(prefix.length())).ifPresent(names::add);
        }
      }
    }
    return names;
  }

  /** The simple class name of a top-level class file; nested classes and package/module info are skipped. */
  private static Optional<String> topLevelClass(String fileName) {
    if (!fileName.endsWith(".class") || fileName.contains("$")
        || fileName.equals("package-info.class") || fileName.equals("module-info.class")) {
      return Optional.empty();
    }
    return Optional.of(fileName.substring(0, fileName.length() - ".class".length()));
  }
}
