package org.jpamigrations.plugin.format;

import java.lang.reflect.Method;
import java.util.List;
import org.jpamigrations.plugin.codegen.ProjectFormatter;

/**
 * palantir-java-format as Spotless's {@code <palantirJavaFormat>} runs it: order the imports, remove unused ones,
 * then format.
 *
 * @param version the formatter's version
 * @param style {@code PALANTIR}, {@code GOOGLE} or {@code AOSP}
 * @param formatJavadoc whether Javadoc comments are formatted
 */
public record PalantirJavaFormat(String version, String style, boolean formatJavadoc) implements FormatterLibrary {

  private static final String PACKAGE = "com.palantir.javaformat.java.";

  /** Spotless 3.11's defaults. */
  public static PalantirJavaFormat defaults() {
    return new PalantirJavaFormat("2.102.0", "PALANTIR", false);
  }

  @Override
  public String name() {
    return "palantir-java-format " + version;
  }

  @Override
  public String applyCommand() {
    return "mvn spotless:apply";
  }

  @Override
  public List<LibraryArtifact> artifacts() {
    // Its POM names its parent POM as a jar dependency, which no repository has.
    return List.of(LibraryArtifact.of("com.palantir.javaformat:palantir-java-format:" + version,
        "com.palantir.javaformat:palantir-java-format-parent"));
  }

  @Override
  public ProjectFormatter load(ClassLoader loader) throws ReflectiveOperationException {
    JavacAccess.open();
    Class<?> optionsType = loader.loadClass(PACKAGE + "JavaFormatterOptions");
    Class<?> styleType = loader.loadClass(PACKAGE + "JavaFormatterOptions$Style");
    Class<?> builderType = loader.loadClass(PACKAGE + "JavaFormatterOptions$Builder");
    Object chosen = styleType.getField(style).get(null);
    Object builder = optionsType.getMethod("builder").invoke(null);
    builderType.getMethod("style", styleType).invoke(builder, chosen);
    if (formatJavadoc) {
      builderType.getMethod("formatJavadoc", boolean.class).invoke(builder, true);
    }
    Object options = builderType.getMethod("build").invoke(builder);
    Class<?> formatterType = loader.loadClass(PACKAGE + "Formatter");
    Object formatter = formatterType.getMethod("createFormatter", optionsType).invoke(null, options);
    Method formatSource = formatterType.getMethod("formatSource", String.class);
    Method reorder = loader.loadClass(PACKAGE + "ImportOrderer").getMethod("reorderImports", String.class, styleType);
    Method removeUnused = loader.loadClass(PACKAGE + "RemoveUnusedImports").getMethod("removeUnusedImports",
        String.class);
    return ProjectFormatter.named(name(), source -> {
      String imports = (String) removeUnused.invoke(null, reorder.invoke(null, source, chosen));
      return (String) formatSource.invoke(formatter, imports);
    });
  }
}
