package org.jpamigrations.plugin.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jpamigrations.migration.Dsl;
import org.junit.jupiter.api.Test;

/** The oracle is JavaPoet itself: the same format and arguments as a CodeBlock must give the same file. */
class CodeTextTest {

  private static final ClassName LIST = ClassName.get(List.class);
  private static final ClassName TYPES = ClassName.get(java.sql.Types.class);

  @Test
  void stringsAreEscapedAsJavaPoetEscapesThem() {
    Random random = new Random(21);
    String pieces = "ab'\"\\\n\t\r\b\f\u0000\u001f\u007f\u0085\u00e9\u20ac$%;() ";
    for (int n = 0; n < 2_000; n++) {
      StringBuilder value = new StringBuilder();
      for (int length = random.nextInt(12); length > 0; length--) {
        value.append(pieces.charAt(random.nextInt(pieces.length())));
      }
      String s = value.toString();
      assertThat(file(CodeText.statement("f($S)", s).build()))
          .as("%s", s.chars().mapToObj(Integer::toHexString).toList())
          .isEqualTo(file(CodeBlock.builder().addStatement("f($S)", s).build()));
    }
    assertThat(file(CodeText.statement("f($S)", (Object) null).build()))
        .isEqualTo(file(CodeBlock.builder().addStatement("f($S)", (Object) null).build()));
  }

  @Test
  void wrapsImportsAndIndentsAsJavaPoetDoes() {
    Random random = new Random(5);
    int wrapped = 0;
    for (int n = 0; n < 300; n++) {
      List<String> formats = new ArrayList<>();
      List<Object> arguments = new ArrayList<>();
      for (int parts = 1 + random.nextInt(12); parts > 0; parts--) {
        switch (random.nextInt(6)) {
          case 0 -> {
            formats.add("\n.column($S)");
            arguments.add("c".repeat(random.nextInt(40)));
          }
          case 1 -> formats.add("$Z.notNull()");
          case 2 -> {
            formats.add("$Z.withDefault($S)");
            arguments.add("d".repeat(random.nextInt(60)));
          }
          case 3 -> {
            formats.add(".of($T.$L)");
            arguments.add(TYPES);
            arguments.add("VARCHAR");
          }
          case 4 -> {
            formats.add("$Z.list($T.of($L, $$x))");
            arguments.add(LIST);
            arguments.add(random.nextInt(1000));
          }
          default -> formats.add("\n// a comment\n");
        }
      }
      String format = "op.f(table(\"t\")" + String.join("", formats) + ")";
      Object[] args = arguments.toArray();
      CodeText nested = CodeText.statement(format, args);
      CodeBlock expected = CodeBlock.builder().addStatement(format, args).addStatement(format, args).build();
      String file = file(expected);
      assertThat(file(CodeText.of("$L$L", nested, nested).build())).as(format).isEqualTo(file);
      wrapped += file.matches("(?s).*\\n +\\.(notNull|withDefault|list)\\(.*") ? 1 : 0;
    }
    // Lines long enough to wrap at a $Z, or the test would not prove the wrapping
    assertThat(wrapped).isGreaterThan(30);
  }

  @Test
  void indentsBlocksAsJavaPoetDoes() {
    String format = "op.execute($S, connection -> {\n$>// TODO\n$<});\n";
    assertThat(file(CodeText.of(format, "fill").build())).isEqualTo(file(CodeBlock.of(format, "fill")));
  }

  @Test
  void refusesWhatItDoesNotKnow() {
    assertThatThrownBy(() -> CodeText.of("$N", "x")).hasMessageContaining("$N");
    assertThatThrownBy(() -> CodeText.of("$S $S", "x")).isInstanceOf(ArrayIndexOutOfBoundsException.class);
    assertThatThrownBy(() -> CodeText.of("$S", "x", "y")).hasMessageContaining("2 were given");
  }

  private static String file(CodeBlock body) {
    MethodSpec method = MethodSpec.methodBuilder("up").addCode(body).build();
    return JavaFile.builder("p", TypeSpec.classBuilder("M").addMethod(method).build())
        .addStaticImport(ClassName.get(Dsl.class), "*")
        .indent("    ")
        .build()
        .toString();
  }
}
