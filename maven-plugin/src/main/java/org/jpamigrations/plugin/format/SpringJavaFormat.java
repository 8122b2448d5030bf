package org.jpamigrations.plugin.format;

import java.io.File;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import org.jpamigrations.plugin.codegen.ProjectFormatter;

/**
 * spring-javaformat, whose {@code validate} goal rejects any file that is not its formatter's output. Its settings
 * (tabs or spaces, Java baseline) come from the {@code .springjavaformatconfig} nearest the project.
 *
 * @param version the version of spring-javaformat-maven-plugin, which is the formatter's
 * @param projectDirectory where to look for {@code .springjavaformatconfig}
 */
public record SpringJavaFormat(String version, Path projectDirectory) implements FormatterLibrary {

  private static final String GROUP = "io.spring.javaformat:";

  @Override
  public String name() {
    return "spring-javaformat " + version;
  }

  @Override
  public String applyCommand() {
    return "mvn spring-javaformat:apply";
  }

  @Override
  public List<LibraryArtifact> artifacts() {
    // The Eclipse classes are a provided dependency of the formatter: its Maven plugin adds them alone, as here.
    return List.of(LibraryArtifact.of(GROUP + "spring-javaformat-formatter:" + version),
        LibraryArtifact.of(GROUP + "spring-javaformat-formatter-eclipse-runtime:" + version, "*:*"));
  }

  @Override
  public ProjectFormatter load(ClassLoader loader) throws ReflectiveOperationException {
    Class<?> configType = loader.loadClass("io.spring.javaformat.config.JavaFormatConfig");
    Object config = configType.getMethod("findFrom", File.class).invoke(null, projectDirectory.toFile());
    Class<?> formatterType = loader.loadClass("io.spring.javaformat.formatter.Formatter");
    Object formatter = formatterType.getConstructor(configType).newInstance(config);
    Method format = formatterType.getMethod("format", String.class);
    Class<?> documentType = loader.loadClass("org.eclipse.jface.text.Document");
    Method apply = loader.loadClass("org.eclipse.text.edits.TextEdit")
        .getMethod("apply", loader.loadClass("org.eclipse.jface.text.IDocument"));
    Method text = documentType.getMethod("get");
    return ProjectFormatter.named(name(), source -> {
      Object edit = format.invoke(formatter, source);
      if (edit == null) {
        throw new IllegalArgumentException("the source does not parse");
      }
      Object document = documentType.getConstructor(String.class).newInstance(source);
      apply.invoke(edit, document);
      return (String) text.invoke(document);
    });
  }
}
