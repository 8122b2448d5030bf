package org.jpamigrations.plugin.extract;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.boot.beanvalidation.ValidationMode;
import org.hibernate.boot.internal.ClassLoaderAccessImpl;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.classloading.spi.ClassLoaderService;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.engine.config.spi.StandardConverters;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;
import org.jpamigrations.migration.MigrationException;

/**
 * Applies Bean Validation's constraints to the mapping, as Hibernate does when its session factory
 * starts and before it exports the schema: {@code @NotNull}, {@code @NotBlank} and {@code @NotEmpty}
 * make columns not null, {@code @Size} and {@code @Length} set a string's length, {@code @Digits} a
 * number's precision and scale, {@code @Min} and {@code @Max} add checks.
 *
 * <p>Hibernate's own code applies them ({@code TypeSafeActivator.applyRelationalConstraints}, the same
 * signature in 6.6 and 7), so that its rules hold: single-table subclasses stay nullable, groups
 * ({@code jakarta.persistence.validation.group.ddl}) are honoured. That class is not public and takes
 * {@code jakarta.validation} types, which the plugin does not link against: it is called by reflection,
 * with the Validation API and provider that the Hibernate reading the mapping sees. With the plugin's
 * own Hibernate that is none, and nothing is applied.
 */
final class BeanValidationConstraints {

  static final String APPLY_TO_DDL = "hibernate.validator.apply_to_ddl";
  static final String MODE = "jakarta.persistence.validation.mode";
  static final String LEGACY_MODE = "javax.persistence.validation.mode";

  private static final String ACTIVATOR = "org.hibernate.boot.beanvalidation.TypeSafeActivator";
  private static final String VALIDATION = "jakarta.validation.Validation";
  private static final String NO_PROVIDER = "jakarta.validation.NoProviderFoundException";

  private BeanValidationConstraints() {}

  /**
   * Applies the constraints when Hibernate would: a validation mode of {@code auto} (the default) or
   * {@code ddl}, {@code hibernate.validator.apply_to_ddl} not false, and a provider on the class path.
   *
   * @throws MigrationException when the mode is unknown, when {@code ddl} is asked for without a
   *     provider, or when the provider cannot start
   */
  static void apply(MetadataImplementor metadata, StandardServiceRegistry registry) {
    ConfigurationService configuration = registry.requireService(ConfigurationService.class);
    Set<ValidationMode> modes = modes(configuration.getSettings());
    boolean forDdl = modes.contains(ValidationMode.AUTO) || modes.contains(ValidationMode.DDL);
    if (!forDdl || !configuration.getSetting(APPLY_TO_DDL, StandardConverters.BOOLEAN, true)) {
      return;
    }
    ClassLoader hibernate = MetadataImplementor.class.getClassLoader();
    Object factory = validatorFactory(hibernate, modes);
    if (factory == null) {
      return;
    }
    try {
      Dialect dialect = registry.requireService(JdbcEnvironment.class).getDialect();
      Method apply = applyMethod(hibernate, factory);
      apply.invoke(null, factory, metadata.getEntityBindings(), configuration.getSettings(), dialect,
          new ClassLoaderAccessImpl(null, registry.requireService(ClassLoaderService.class)));
    } catch (InvocationTargetException e) {
      throw new MigrationException("Cannot apply Bean Validation's constraints to the mapping: "
          + oneLine(e.getCause()) + ". Fix what it names, or set " + APPLY_TO_DDL + "=false to read the mapping"
          + " without them.", e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new MigrationException("Cannot apply Bean Validation's constraints with this Hibernate: " + e
          + ". The plugin supports Hibernate 6.6 and 7; set " + APPLY_TO_DDL + "=false to read the mapping without"
          + " them.", e);
    } finally {
      close(factory);
    }
  }

  /**
   * The modes of {@code jakarta.persistence.validation.mode} (or its {@code javax} spelling), as
   * Hibernate parses them: comma-separated, {@code auto} when not set.
   */
  static Set<ValidationMode> modes(Map<String, Object> settings) {
    Object setting = settings.get(MODE);
    String name = setting == null ? LEGACY_MODE : MODE;
    if (setting == null) {
      setting = settings.get(LEGACY_MODE);
    }
    Set<ValidationMode> modes = EnumSet.noneOf(ValidationMode.class);
    for (String mode : (setting == null ? "" : setting.toString()).split(",")) {
      try {
        modes.add(mode.isBlank() ? ValidationMode.AUTO : ValidationMode.valueOf(mode.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new MigrationException(name + "=" + setting + " is not a validation mode."
            + " Use auto, callback, ddl or none, as Hibernate takes them.");
      }
    }
    if (modes.size() > 1 && (modes.contains(ValidationMode.AUTO) || modes.contains(ValidationMode.NONE))) {
      throw new MigrationException(name + "=" + setting + " mixes modes that exclude each other."
          + " Use auto, none, or callback and ddl, as Hibernate takes them.");
    }
    return modes;
  }

  /**
   * The default validator factory, built as Hibernate builds it when none is given; {@code null} when
   * there is no provider and the mode allows that.
   */
  private static Object validatorFactory(ClassLoader hibernate, Set<ValidationMode> modes) {
    Class<?> validation;
    try {
      validation = Class.forName(VALIDATION, true, hibernate);
    } catch (ClassNotFoundException | LinkageError e) {
      return noProvider(modes);
    }
    try {
      return validation.getMethod("buildDefaultValidatorFactory").invoke(null);
    } catch (InvocationTargetException e) {
      if (hasCause(e.getCause(), NO_PROVIDER)) {
        return noProvider(modes);
      }
      // Without a cause: the message is the whole story, and a stack trace would bury it.
      throw new MigrationException("Bean Validation cannot start, so its constraints cannot be applied to the"
          + " mapping: " + oneLine(e.getCause()) + ". Fix the project's validation set-up (an expression language"
          + " implementation such as org.glassfish.expressly:expressly, META-INF/validation.xml), or set "
          + APPLY_TO_DDL + "=false to read the mapping without them.");
    } catch (ReflectiveOperationException e) {
      throw new MigrationException("Cannot build a Bean Validation factory: " + e
          + ". Set " + APPLY_TO_DDL + "=false to read the mapping without Bean Validation's constraints.", e);
    }
  }

  /** Hibernate fails when {@code ddl} is asked for without a provider, and goes on without one under {@code auto}. */
  private static Object noProvider(Set<ValidationMode> modes) {
    if (modes.contains(ValidationMode.DDL)) {
      throw new MigrationException(MODE + " asks for Bean Validation's constraints in the DDL (ddl), but the class"
          + " path has no Bean Validation provider. Add one, such as org.hibernate.validator:hibernate-validator,"
          + " or set " + MODE + " to auto or none.");
    }
    return null;
  }

  /**
   * {@code applyRelationalConstraints(ValidatorFactory, Collection, Map, Dialect, ClassLoaderAccess)}:
   * public, but in a class that is not.
   */
  private static Method applyMethod(ClassLoader hibernate, Object factory) throws ReflectiveOperationException {
    for (Method method : Class.forName(ACTIVATOR, true, hibernate).getDeclaredMethods()) {
      Class<?>[] types = method.getParameterTypes();
      if (method.getName().equals("applyRelationalConstraints")
          && Modifier.isStatic(method.getModifiers())
          && types.length == 5
          && types[0].isInstance(factory)
          && types[1] == Collection.class
          && types[3] == Dialect.class) {
        method.setAccessible(true);
        return method;
      }
    }
    throw new NoSuchMethodException(ACTIVATOR + ".applyRelationalConstraints");
  }

  private static boolean hasCause(Throwable failure, String className) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause.getClass().getName().equals(className)) {
        return true;
      }
    }
    return false;
  }

  private static String oneLine(Throwable failure) {
    return MappingExtraction.rootMessage(failure).replaceAll("\\s*\\R\\s*", " ");
  }

  private static void close(Object factory) {
    if (factory instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        // Closing only frees caches; the constraints are applied.
      }
    }
  }
}
