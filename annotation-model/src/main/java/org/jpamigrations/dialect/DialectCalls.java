package org.jpamigrations.dialect;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;

/**
 * The {@link Dialect} methods that Hibernate 7 has and 6.6 does not, with what 6.6 does in their place:
 * applications on Spring Boot 3.5 run their migrations with Hibernate 6.6, and this code is compiled
 * against 7.
 */
final class DialectCalls {

  private static final Method NOT_NULL_AFTER_GENERATED_AS = find("supportsNotNullAfterGeneratedAs");

  private DialectCalls() {}

  /**
   * Whether {@code not null} may follow a {@code generated always as} clause. 6.6 always writes it, as its
   * own export does, except on MariaDB, which rejects it (Hibernate 7 knows).
   */
  static boolean supportsNotNullAfterGeneratedAs(Dialect dialect) {
    if (NOT_NULL_AFTER_GENERATED_AS == null) {
      return !(dialect instanceof MariaDBDialect);
    }
    return (Boolean) invoke(NOT_NULL_AFTER_GENERATED_AS, dialect);
  }

  private static Method find(String name) {
    try {
      return Dialect.class.getMethod(name);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static Object invoke(Method method, Dialect dialect) {
    try {
      return method.invoke(dialect);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
