package org.jpamigrations.plugin.config;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jpamigrations.migration.MigrationException;

/**
 * The application's Spring Boot environment, resolved by the project's own Spring Boot (3.5 or 4.x)
 * the way the application resolves it at start-up, without starting the application: every standard
 * config location, profile-specific files, multi-document YAML with
 * {@code spring.config.activate.on-profile}, {@code spring.config.import}, {@code ${...}} placeholders,
 * system properties and environment variables.
 *
 * <p>Spring Boot is reached by reflection, in a class loader of its own over the project's class path,
 * so that the plugin neither depends on Spring nor mixes its own libraries (SnakeYAML) with the project's.
 * Boot's {@code ./} and {@code ./config/} locations are taken relative to the project's base directory:
 * the plugin runs in Maven's working directory, which may be a parent project's.
 */
final class SpringBootEnvironment {

  private static final String POST_PROCESSOR = "org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor";
  private static final String BINDER = "org.springframework.boot.context.properties.bind.Binder";
  private static final String BINDABLE = "org.springframework.boot.context.properties.bind.Bindable";
  private static final String SOURCES = "org.springframework.boot.context.properties.source.ConfigurationPropertySources";
  private static final String NAME = "org.springframework.boot.context.properties.source.ConfigurationPropertyName";

  private final ClassLoader loader;
  private final Object environment;
  private final Object binder;

  private SpringBootEnvironment(ClassLoader loader, Object environment) throws ReflectiveOperationException {
    this.loader = loader;
    this.environment = environment;
    Class<?> environmentType = type("org.springframework.core.env.Environment");
    this.binder = type(BINDER).getMethod("get", environmentType).invoke(null, environment);
  }

  /**
   * Resolves the environment and hands it to {@code reader} while the project's Spring Boot is loaded.
   *
   * @param classPath the project's main class path: its compiled classes and dependencies, not its test classes
   * @param baseDirectory the project's base directory, for Boot's {@code ./} and {@code ./config/} locations
   * @param profiles the profiles to run with, as {@code spring.profiles.active} would give them; empty
   *     for those the environment itself activates
   * @return what the reader returns; empty when the class path has no Spring Boot
   * @throws MigrationException when a configuration file cannot be read
   */
  static <T> Optional<T> read(List<Path> classPath, Path baseDirectory, List<String> profiles,
      Function<SpringBootEnvironment, T> reader) {
    try {
      return read(classPath, baseDirectory, profiles, reader, true);
    } catch (MigrationException e) {
      if (SpringBootLoader.needsLogging(e)) {
        return read(classPath, baseDirectory, profiles, reader, false);
      }
      throw e;
    }
  }

  private static <T> Optional<T> read(List<Path> classPath, Path baseDirectory, List<String> profiles,
      Function<SpringBootEnvironment, T> reader, boolean withoutLogging) {
    try (URLClassLoader loader = SpringBootLoader.over(classPath, withoutLogging)) {
      if (loader.getResource(POST_PROCESSOR.replace('.', '/') + ".class") == null) {
        return Optional.empty();
      }
      return Optional.of(read(loader, classPath, baseDirectory, profiles, reader));
    } catch (IOException e) {
      throw new MigrationException("Cannot close the class loader of the project's Spring Boot: " + e, e);
    }
  }

  private static <T> T read(URLClassLoader loader, List<Path> classPath, Path baseDirectory, List<String> profiles,
      Function<SpringBootEnvironment, T> reader) {
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    // Some of Spring's lookups go through the thread's context class loader.
    Thread.currentThread().setContextClassLoader(loader);
    try {
      return reader.apply(new SpringBootEnvironment(loader, load(loader, baseDirectory, profiles)));
    } catch (InvocationTargetException e) {
      throw unreadable(e.getCause(), SpringConfigFiles.findBroken(loader, classPath, baseDirectory));
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new MigrationException("Cannot use the project's Spring Boot to read its configuration: " + e
          + ". The plugin supports Spring Boot 3.5 and 4.x; set migrations.hibernateProperties instead, or"
          + " report this with the output of mvn -X.", e);
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }

  /**
   * A property as Spring Boot binds it: relaxed names ({@code physical-strategy}, {@code physicalStrategy}),
   * placeholders resolved.
   */
  Optional<String> value(String name) {
    return bind(name, bindable("of", String.class)).map(value -> resolved(name, String.valueOf(value)));
  }

  /** The entries under a prefix, as Spring Boot binds a {@code Map<String, String>} (as it does {@code spring.jpa.properties}). */
  Map<String, String> map(String prefix) {
    Map<String, String> values = new LinkedHashMap<>();
    bind(prefix, bindable("mapOf", String.class, String.class))
        .ifPresent(map -> ((Map<?, ?>) map).forEach((key, value) -> values.put(String.valueOf(key),
            resolved(prefix + "." + key, String.valueOf(value)))));
    return values;
  }

  /** Boot leaves a placeholder it cannot resolve as it is; the application would fail on it, so does the plugin. */
  private String resolved(String name, String value) {
    int start = value.indexOf("${");
    if (start < 0) {
      return value;
    }
    int end = value.indexOf('}', start);
    String placeholder = end < 0 ? value.substring(start) : value.substring(start, end + 1);
    throw new MigrationException(name + " (" + origin(name) + ") uses " + placeholder + ", which nothing sets. Set it"
        + " in the application's configuration, as an environment variable or with -D, or give it a default ("
        + placeholder.replace("}", ":value}") + ").");
  }

  /**
   * Where a property's value comes from, as Spring Boot reports it: {@code class path resource
   * [config/application.yml] - 3:10}, a system property, an environment variable.
   */
  String origin(String name) {
    try {
      Object propertyName = type(NAME).getMethod("of", CharSequence.class).invoke(null, name);
      Iterable<?> sources = (Iterable<?>) type(SOURCES)
          .getMethod("get", type("org.springframework.core.env.Environment")).invoke(null, environment);
      for (Object source : sources) {
        Method lookup = type("org.springframework.boot.context.properties.source.ConfigurationPropertySource")
            .getMethod("getConfigurationProperty", type(NAME));
        Object property = lookup.invoke(source, propertyName);
        if (property != null) {
          Object origin = property.getClass().getMethod("getOrigin").invoke(property);
          return origin != null ? String.valueOf(origin) : String.valueOf(source);
        }
      }
      return "unknown";
    } catch (ReflectiveOperationException e) {
      return "unknown";
    }
  }

  private Optional<Object> bind(String name, Object bindable) {
    try {
      Object result = binder.getClass().getMethod("bind", String.class, type(BINDABLE)).invoke(binder, name, bindable);
      return Optional.ofNullable(result.getClass().getMethod("orElse", Object.class).invoke(result, (Object) null));
    } catch (InvocationTargetException e) {
      throw unreadable(e.getCause(), Optional.empty());
    } catch (ReflectiveOperationException e) {
      throw new MigrationException("Cannot read " + name + " with the project's Spring Boot: " + e
          + ". Report this with the output of mvn -X.", e);
    }
  }

  private Object bindable(String factory, Class<?>... types) {
    try {
      Class<?>[] parameters = new Class<?>[types.length];
      Arrays.fill(parameters, Class.class);
      return type(BINDABLE).getMethod(factory, parameters).invoke(null, (Object[]) types);
    } catch (ReflectiveOperationException e) {
      throw new MigrationException("Cannot use the project's Spring Boot binder: " + e
          + ". Report this with the output of mvn -X.", e);
    }
  }

  private Class<?> type(String name) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException e) {
      throw new MigrationException("The project's Spring Boot has no " + name + ": the plugin supports Spring Boot"
          + " 3.5 and 4.x. Upgrade Spring Boot, or set migrations.hibernateProperties instead.", e);
    }
  }

  /** A {@code StandardEnvironment} after Boot's config-data loading, as {@code SpringApplication.run} prepares it. */
  private static Object load(ClassLoader loader, Path baseDirectory, List<String> profiles)
      throws ReflectiveOperationException {
    Object environment = Class.forName("org.springframework.core.env.StandardEnvironment", true, loader)
        .getConstructor().newInstance();
    Object sources = environment.getClass().getMethod("getPropertySources").invoke(environment);
    Class<?> propertySource = Class.forName("org.springframework.core.env.PropertySource", false, loader);
    Class<?> mapSource = Class.forName("org.springframework.core.env.MapPropertySource", false, loader);
    if (!profiles.isEmpty()) {
      // As --spring.profiles.active on the application's command line: above every file.
      Object active = mapSource.getConstructor(String.class, Map.class)
          .newInstance("migrations.springProfiles", Map.of("spring.profiles.active", String.join(",", profiles)));
      sources.getClass().getMethod("addFirst", propertySource).invoke(sources, active);
    }
    // Boot's default search locations, with ./ meaning the project's base directory; below everything
    // else, so that a spring.config.location the user sets still wins.
    Object locations = mapSource.getConstructor(String.class, Map.class)
        .newInstance("jpa-migrations-config-locations", Map.of("spring.config.location", locations(baseDirectory)));
    sources.getClass().getMethod("addLast", propertySource).invoke(sources, locations);

    Method applyTo = applyTo(Class.forName(POST_PROCESSOR, true, loader));
    Class<?> contextType = applyTo.getParameterTypes()[2];
    // Boot 4 keeps the bootstrap context in org.springframework.boot.bootstrap, Boot 3 in org.springframework.boot.
    Object bootstrapContext = Class.forName(contextType.getPackageName() + ".DefaultBootstrapContext", true, loader)
        .getConstructor().newInstance();
    Object resourceLoader = Class.forName("org.springframework.core.io.DefaultResourceLoader", true, loader)
        .getConstructor(ClassLoader.class).newInstance(loader);
    applyTo.invoke(null, environment, resourceLoader, bootstrapContext, List.of());
    return environment;
  }

  /** {@code applyTo(environment, resourceLoader, bootstrapContext, Collection<String> additionalProfiles)}. */
  private static Method applyTo(Class<?> postProcessor) throws NoSuchMethodException {
    for (Method method : postProcessor.getMethods()) {
      Class<?>[] parameters = method.getParameterTypes();
      if (method.getName().equals("applyTo") && parameters.length == 4 && parameters[3] == Collection.class) {
        return method;
      }
    }
    throw new NoSuchMethodException(postProcessor.getName() + ".applyTo(environment, resourceLoader,"
        + " bootstrapContext, Collection)");
  }

  static String locations(Path baseDirectory) {
    String base = baseDirectory.toAbsolutePath().normalize().toString().replace('\\', '/');
    String directory = base.endsWith("/") ? base : base + "/";
    return "optional:classpath:/;optional:classpath:/config/,"
        + "optional:file:" + directory + ";optional:file:" + directory + "config/;optional:file:" + directory
        + "config/*/";
  }

  /**
   * A one-line error: the file Boot cannot parse when one is found, and Boot's messages down to the cause
   * (which name a missing import, an invalid profile, an unresolvable placeholder).
   */
  private static MigrationException unreadable(Throwable failure, Optional<SpringConfigFiles.Broken> broken) {
    if (broken.isPresent()) {
      return new MigrationException("Cannot read " + broken.get().file() + ": " + oneLine(broken.get().cause())
          + ". Fix the file.", broken.get().cause());
    }
    return new MigrationException("Cannot read the application's Spring Boot configuration: " + oneLine(failure)
        + ". Fix it, or start the application to see Spring Boot's own report.", failure);
  }

  private static String oneLine(Throwable failure) {
    List<String> messages = new ArrayList<>();
    for (Throwable cause = failure; cause != null && messages.size() < 4; cause = cause.getCause()) {
      String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
      String line = message.strip().replaceAll("\\s+", " ");
      if (messages.stream().noneMatch(known -> known.contains(line))) {
        messages.add(line);
      }
    }
    return String.join(": ", messages);
  }
}
