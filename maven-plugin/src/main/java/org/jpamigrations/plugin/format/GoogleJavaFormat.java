package org.jpamigrations.plugin.format;

import java.lang.reflect.Method;
import java.util.List;
import org.jpamigrations.plugin.codegen.ProjectFormatter;

/**
 * google-java-format as Spotless's {@code <googleJavaFormat>} runs it: format, remove unused imports, order the
 * imports (in the style's order only with {@code reorderImports}), then reflow long strings if asked to.
 *
 * @param groupArtifact {@code groupId:artifactId}, for a fork of the formatter
 * @param version the formatter's version
 * @param style {@code GOOGLE} or {@code AOSP}
 * @param reflowLongStrings whether long string literals are split
 * @param reorderImports whether imports follow the style's order rather than Google's
 * @param formatJavadoc whether Javadoc comments are formatted
 */
public record GoogleJavaFormat(String groupArtifact, String version, String style, boolean reflowLongStrings,
    boolean reorderImports, boolean formatJavadoc) implements FormatterLibrary {

  public static final String GROUP_ARTIFACT = "com.google.googlejavaformat:google-java-format";
  private static final String PACKAGE = "com.google.googlejavaformat.java.";

  /** Spotless 3.11's defaults: its version for the running Java, GOOGLE style, Javadoc formatted. */
  public static GoogleJavaFormat defaults(int javaVersion) {
    return new GoogleJavaFormat(GROUP_ARTIFACT, javaVersion >= 21 ? "2.0.0" : "1.28.0", "GOOGLE", false, false, true);
  }

  @Override
  public String name() {
    return "google-java-format " + version;
  }

  @Override
  public String applyCommand() {
    return "mvn spotless:apply";
  }

  @Override
  public List<LibraryArtifact> artifacts() {
    return List.of(LibraryArtifact.of(groupArtifact + ":" + version));
  }

  @Override
  public ProjectFormatter load(ClassLoader loader) throws ReflectiveOperationException {
    JavacAccess.open();
    Class<?> styleType = loader.loadClass(PACKAGE + "JavaFormatterOptions$Style");
    Object chosen = styleType.getField(style).get(null);
    Object google = styleType.getField("GOOGLE").get(null);
    Class<?> builderType = loader.loadClass(PACKAGE + "JavaFormatterOptions$Builder");
    Object builder = loader.loadClass(PACKAGE + "JavaFormatterOptions").getMethod("builder").invoke(null);
    builderType.getMethod("style", styleType).invoke(builder, chosen);
    if (!formatJavadoc) {
      builderType.getMethod("formatJavadoc", boolean.class).invoke(builder, false);
    }
    Object options = builderType.getMethod("build").invoke(builder);
    Class<?> formatterType = loader.loadClass(PACKAGE + "Formatter");
    Object formatter = formatterType.getConstructor(loader.loadClass(PACKAGE + "JavaFormatterOptions"))
        .newInstance(options);
    Method formatSource = formatterType.getMethod("formatSource", String.class);
    Method removeUnused = loader.loadClass(PACKAGE + "RemoveUnusedImports").getMethod("removeUnusedImports",
        String.class);
    Method reorder = loader.loadClass(PACKAGE + "ImportOrderer").getMethod("reorderImports", String.class, styleType);
    Method wrap = loader.loadClass(PACKAGE + "StringWrapper").getMethod("wrap", String.class, formatterType);
    Object importStyle = reorderImports ? chosen : google;
    return ProjectFormatter.named(name(), source -> {
      String formatted = (String) formatSource.invoke(formatter, source);
      String imports = (String) reorder.invoke(null, removeUnused.invoke(null, formatted), importStyle);
      return reflowLongStrings ? (String) wrap.invoke(null, imports, formatter) : imports;
    });
  }
}
