package org.jpamigrations.plugin.format;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.util.List;

/**
 * google-java-format and palantir-java-format parse with javac's internal classes, which {@code jdk.compiler} no
 * longer exports to class path code (Java 16 on). Maven starts without {@code --add-exports}, so the packages are
 * exported here, at run time, as Spotless does in the same JVM; a JVM started with the flags is left as it is.
 */
final class JavacAccess {

  private static final List<String> PACKAGES = List.of("api", "code", "file", "main", "parser", "tree", "util")
      .stream().map(name -> "com.sun.tools.javac." + name).toList();

  private JavacAccess() {}

  /** Exports javac's internal packages to every class loader's unnamed module. */
  static synchronized void open() throws ReflectiveOperationException {
    Module javac = ModuleLayer.boot().findModule("jdk.compiler").orElseThrow(() -> new ClassNotFoundException(
        "the jdk.compiler module: Maven runs on a Java runtime without the compiler; run it on a JDK"));
    Module unnamed = JavacAccess.class.getClassLoader().getUnnamedModule();
    List<String> closed = PACKAGES.stream().filter(name -> !javac.isExported(name, unnamed)).toList();
    if (closed.isEmpty()) {
      return;
    }
    try {
      MethodHandle export = trustedLookup().findVirtual(Module.class, "implAddExportsToAllUnnamed",
          MethodType.methodType(void.class, String.class));
      for (String name : closed) {
        export.invoke(javac, name);
      }
    } catch (ReflectiveOperationException e) {
      throw e;
    } catch (Throwable e) {
      throw new ReflectiveOperationException("cannot export javac's packages (" + e
          + "); add --add-exports jdk.compiler/com.sun.tools.javac.parser=ALL-UNNAMED (and api, code, file, main,"
          + " tree, util) to .mvn/jvm.config", e);
    }
  }

  /** The JDK's own lookup, which may call what a module keeps to itself; reached through sun.misc.Unsafe. */
  private static MethodHandles.Lookup trustedLookup() throws ReflectiveOperationException {
    Class<?> unsafeType = Class.forName("sun.misc.Unsafe");
    Field instance = unsafeType.getDeclaredField("theUnsafe");
    instance.setAccessible(true);
    Object unsafe = instance.get(null);
    Field lookup = MethodHandles.Lookup.class.getDeclaredField("IMPL_LOOKUP");
    Object base = unsafeType.getMethod("staticFieldBase", Field.class).invoke(unsafe, lookup);
    long offset = (long) unsafeType.getMethod("staticFieldOffset", Field.class).invoke(unsafe, lookup);
    return (MethodHandles.Lookup) unsafeType.getMethod("getObject", Object.class, long.class)
        .invoke(unsafe, base, offset);
  }
}
