package org.jpamigrations.plugin.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jpamigrations.migration.Dsl.*;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.sql.Types;
import java.util.List;
import org.jpamigrations.migration.Dsl;
import org.jpamigrations.model.CheckConstraint;
import org.jpamigrations.model.ColumnType;
import org.jpamigrations.model.PrimaryKey;
import org.jpamigrations.model.ReferentialAction;
import org.jpamigrations.model.SqlTypeCodes;
import org.jpamigrations.model.UniqueConstraint;
import org.jpamigrations.operation.AddCheckConstraint;
import org.jpamigrations.operation.AddColumn;
import org.jpamigrations.operation.AddForeignKey;
import org.jpamigrations.operation.AddPrimaryKey;
import org.jpamigrations.operation.AddUniqueConstraint;
import org.jpamigrations.operation.AlterColumn;
import org.jpamigrations.operation.CreateIndex;
import org.jpamigrations.operation.CreateSchema;
import org.jpamigrations.operation.CreateSequence;
import org.jpamigrations.operation.CreateTable;
import org.jpamigrations.operation.DropCheckConstraint;
import org.jpamigrations.operation.DropColumn;
import org.jpamigrations.operation.DropPrimaryKey;
import org.jpamigrations.operation.DropSchema;
import org.jpamigrations.operation.DropTable;
import org.jpamigrations.operation.ExecuteJdbc;
import org.jpamigrations.operation.ExecuteSql;
import org.jpamigrations.operation.Operation;
import org.jpamigrations.operation.RenameColumn;
import org.junit.jupiter.api.Test;

/** The statements as they read in a migration file. */
class JavaOperationRendererTest {

  private final JavaOperationRenderer renderer = new JavaOperationRenderer();

  private String java(Operation operation) {
    return inMethod(renderer.render(operation).build());
  }

  private String java(ColumnType type) {
    String statement = inMethod(CodeText.statement("f($L)", new JavaOperationRenderer().type(type)).build());
    return statement.substring("f(".length(), statement.length() - ");\n".length());
  }

  /** The code as it appears in a migration file (Dsl statically imported), without the method's indentation. */
  private static String inMethod(CodeBlock code) {
    MethodSpec method = MethodSpec.methodBuilder("m").addCode(code).build();
    String file = JavaFile.builder("p", TypeSpec.classBuilder("C").addMethod(method).build())
        .addStaticImport(ClassName.get(Dsl.class), "*")
        .skipJavaLangImports(true)
        .indent("    ")
        .build()
        .toString();
    String body = file.substring(file.indexOf("void m() {\n") + "void m() {\n".length(), file.lastIndexOf("    }\n"));
    return body.replaceAll("(?m)^ {8}", "");
  }

  @Test
  void createTableHasOneColumnPerLine() {
    CreateTable op = new CreateTable(table("customer")
        .column(column("id", bigint()).notNull().withIdentity())
        .column(column("name", varchar(255)).notNull())
        .withPrimaryKey("id"));

    assertThat(java(op)).isEqualTo("""
        op.createTable(table("customer")
                .column(column("id", bigint()).notNull().withIdentity())
                .column(column("name", varchar(255)).notNull())
                .withPrimaryKey("id"));
        """);
  }

  @Test
  void foreignKeyShowsItsTargetAndOnlyANonDefaultAction() {
    assertThat(java(new AddForeignKey("purchase_order",
            foreignKey("FK_order_customer", "customer_id").references("customer", "id"))))
        .isEqualTo("""
            op.addForeignKey("purchase_order", foreignKey("FK_order_customer", "customer_id")
                    .references("customer", "id"));
            """);
    assertThat(java(new AddForeignKey("a", foreignKey("FK", "x", "y").references("b", "x", "y")
            .onDelete(ReferentialAction.CASCADE))))
        .isEqualTo("""
            op.addForeignKey("a", foreignKey("FK", "x", "y").references("b", "x", "y")
                    .onDelete(ReferentialAction.CASCADE));
            """);
  }

  @Test
  void columnsShowOnlyWhatDiffersFromTheDefaults() {
    assertThat(java(new AddColumn("t", column("note", varchar(20)))))
        .isEqualTo("op.addColumn(\"t\", column(\"note\", varchar(20)));\n");
    assertThat(java(new AlterColumn("t", column("n", integer()).notNull().withDefault("0").withComment("count"))))
        .isEqualTo("op.alterColumn(\"t\", column(\"n\", integer()).notNull().withDefault(\"0\")"
            + ".withComment(\"count\"));\n");
  }

  @Test
  void quotedNamesKeepTheirBackticks() {
    assertThat(java(new DropColumn("`order`", "`from`"))).isEqualTo("op.dropColumn(\"`order`\", \"`from`\");\n");
    assertThat(java(new RenameColumn("`order`", "a", "`b`")))
        .isEqualTo("op.renameColumn(\"`order`\", \"a\", \"`b`\");\n");
    assertThat(java(new DropTable("`user`"))).isEqualTo("op.dropTable(\"`user`\");\n");
  }

  @Test
  void typesUseTheMatchingDslFactory() {
    assertThat(java(varchar(255))).isEqualTo("varchar(255)");
    assertThat(java(numeric(38, 2))).isEqualTo("numeric(38, 2)");
    assertThat(java(timestamp(6))).isEqualTo("timestamp(6)");
    assertThat(java(bigint())).isEqualTo("bigint()");
    assertThat(java(float_(53))).isEqualTo("float_(53)");
    assertThat(java(uuid())).isEqualTo("uuid()");
    assertThat(java(varbinary(3_000_000_000L))).isEqualTo("varbinary(3000000000L)");
  }

  @Test
  void otherTypesFallBackToTheTypeCodeConstant() {
    assertThat(java(type(Types.LONGVARCHAR).length(4000)))
        .isEqualTo("type(Types.LONGVARCHAR).length(4000)");
    assertThat(java(type(Types.NUMERIC).precision(7))).isEqualTo("type(Types.NUMERIC).precision(7)");
    assertThat(java(varchar(10).precision(3))).isEqualTo("type(Types.VARCHAR).length(10).precision(3)");
    assertThat(java(type(SqlTypeCodes.INET))).isEqualTo("type(SqlTypeCodes.INET)");
    assertThat(java(type(12345))).isEqualTo("type(12345)");
  }

  @Test
  void enumsUseTheEnumFactoriesOrKeepTheirValuesOnAnyOtherType() {
    assertThat(java(enumByName(20, "OPEN", "CLOSED"))).isEqualTo("enumByName(20, \"OPEN\", \"CLOSED\")");
    assertThat(java(enumByName(1, "Y", "N"))).isEqualTo("enumByName(1, \"Y\", \"N\")");
    assertThat(java(enumByOrdinal("LOW", "HIGH"))).isEqualTo("enumByOrdinal(\"LOW\", \"HIGH\")");
    assertThat(java(nvarchar(30).enumOf("A"))).isEqualTo("nvarchar(30).enumOf(\"A\")");
    assertThat(java(integer().enumOf("A", "B"))).isEqualTo("integer().enumOf(\"A\", \"B\")");
    assertThat(java(varchar(9).enumOf("RED").definedAs("varchar(9)")))
        .isEqualTo("varchar(9).enumOf(\"RED\").definedAs(\"varchar(9)\")");
  }

  @Test
  void definitionIsKept() {
    assertThat(java(json().definedAs("jsonb"))).isEqualTo("json().definedAs(\"jsonb\")");
  }

  @Test
  void sequenceShowsStartAndIncrement() {
    assertThat(java(new CreateSequence(sequence("x_SEQ").incrementBy(50))))
        .isEqualTo("op.createSequence(sequence(\"x_SEQ\").startWith(1).incrementBy(50));\n");
  }

  @Test
  void indexesAndUniqueConstraints() {
    assertThat(java(new CreateIndex("t", index("IX", "a", "b").asUnique())))
        .isEqualTo("op.createIndex(\"t\", index(\"IX\", \"a\", \"b\").asUnique());\n");
    assertThat(java(new CreateIndex("t", index("IX", "a", "b").descending("b"))))
        .isEqualTo("op.createIndex(\"t\", index(\"IX\", \"a\", \"b\").descending(\"b\"));\n");
    assertThat(java(new AddUniqueConstraint("t", new UniqueConstraint("UK", List.of("a", "b")))))
        .isEqualTo("op.addUniqueConstraint(\"t\", \"UK\", \"a\", \"b\");\n");
  }

  @Test
  void schemas() {
    assertThat(java(new CreateSchema("sales"))).isEqualTo("op.createSchema(\"sales\");\n");
    assertThat(java(new DropSchema("sales"))).isEqualTo("op.dropSchema(\"sales\");\n");
  }

  @Test
  void primaryKeysShowTheirNameOnlyWhenTheyHaveOne() {
    assertThat(java(new AddPrimaryKey("t", new PrimaryKey(null, List.of("a", "b")))))
        .isEqualTo("op.addPrimaryKey(\"t\", \"a\", \"b\");\n");
    assertThat(java(new AddPrimaryKey("t", new PrimaryKey("PK_t", List.of("a")))))
        .isEqualTo("op.addPrimaryKey(\"t\", new PrimaryKey(\"PK_t\", List.of(\"a\")));\n");
    assertThat(java(new DropPrimaryKey("t"))).isEqualTo("op.dropPrimaryKey(\"t\");\n");
  }

  @Test
  void foreignKeyShowsItsOwnDefinition() {
    assertThat(java(new AddForeignKey("o", foreignKey("FK", "c").references("t", "id")
            .definedAs("foreign key (c) references t (id) on update cascade"))))
        .isEqualTo("""
            op.addForeignKey("o", foreignKey("FK", "c").references("t", "id")
                    .definedAs("foreign key (c) references t (id) on update cascade"));
            """);
  }

  @Test
  void checksShowTheirNameAndCondition() {
    assertThat(java(new CreateTable(table("t").column(column("a", integer())).withCheck("CK_a", "a > 0"))))
        .isEqualTo("""
            op.createTable(table("t")
                    .column(column("a", integer()))
                    .withCheck("CK_a", "a > 0"));
            """);
    assertThat(java(new AddCheckConstraint("t", new CheckConstraint("CK", "a in ('X','Y')"))))
        .isEqualTo("op.addCheckConstraint(\"t\", \"CK\", \"a in ('X','Y')\");\n");
    assertThat(java(new DropCheckConstraint("t", "CK"))).isEqualTo("op.dropCheckConstraint(\"t\", \"CK\");\n");
  }

  @Test
  void sqlIsAnEscapedStringLiteralSplitAtLineBreaks() {
    assertThat(java(new ExecuteSql("UPDATE t SET s = 'a\"b'\nWHERE x")))
        .isEqualTo("""
            op.sql("UPDATE t SET s = 'a\\"b'\\n"
                            + "WHERE x");
            """);
  }

  @Test
  void jdbcWorkLeavesABodyToWrite() {
    assertThat(java(new ExecuteJdbc("fill totals", connection -> {})))
        .isEqualTo("""
            op.execute("fill totals", connection -> {
                // TODO: write the JDBC code here
            });
            """);
  }
}
